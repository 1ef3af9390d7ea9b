package io.cxray.server.config;

import io.cxray.server.api.web.BodySizeLimitFilter;
import io.cxray.server.api.web.ErrorResponseWriter;
import io.cxray.server.api.web.RequestIdFilter;
import io.cxray.server.sbom.SbomProperties;
import io.cxray.server.sbom.SbomUploads;
import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Servlet filters that run before security: request ids first, then the body size limit. */
@Configuration(proxyBeanMethods = false)
class WebConfig {

  @Bean
  FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
    FilterRegistrationBean<RequestIdFilter> bean =
        new FilterRegistrationBean<>(new RequestIdFilter());
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
    bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
    return bean;
  }

  @Bean
  FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(
      CxrayProperties properties, SbomProperties sbom, ErrorResponseWriter errors) {
    long general = properties.http().maxBodySize().toBytes();
    long uploads = sbom.maxRequestBytes();
    FilterRegistrationBean<BodySizeLimitFilter> bean =
        new FilterRegistrationBean<>(
            new BodySizeLimitFilter(
                request -> SbomUploads.isUpload(request) ? uploads : general, errors));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return bean;
  }
}
