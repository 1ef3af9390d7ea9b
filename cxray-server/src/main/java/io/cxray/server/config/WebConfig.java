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
    long archives = properties.http().maxUploadSize().toBytes();
    long sbomUploads = sbom.maxRequestBytes();
    // SBOM routes take the SBOM document limit; other multipart bodies (archives to scan) the
    // upload limit; everything else the general body limit.
    FilterRegistrationBean<BodySizeLimitFilter> bean =
        new FilterRegistrationBean<>(
            new BodySizeLimitFilter(
                request ->
                    SbomUploads.isUpload(request)
                        ? sbomUploads
                        : isMultipart(request) ? archives : general,
                errors));
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return bean;
  }

  private static boolean isMultipart(jakarta.servlet.http.HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }
}
