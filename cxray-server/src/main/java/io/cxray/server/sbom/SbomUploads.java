package io.cxray.server.sbom;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The request size limits of the SBOM uploads ({@code cxray.sbom.max-document-size}), which are far
 * above the general body limit: the body size filter asks {@link #isUpload}, and the servlet's
 * multipart limits are set here (so {@code spring.servlet.multipart.*} does not apply).
 */
@Configuration(proxyBeanMethods = false)
public class SbomUploads {

  /** Parts above this size are buffered on disk rather than in memory. */
  private static final DataSize IN_MEMORY_PART = DataSize.ofMegabytes(1);

  /** Whether the request is one of the upload routes, which take the SBOM size limit. */
  public static boolean isUpload(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return false;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/v1/sbom/analyze") || path.equals("/v1/sbom/generate");
  }

  @Bean
  MultipartConfigElement multipartConfigElement(SbomProperties properties) {
    return new MultipartConfigElement(
        "",
        properties.maxDocumentSize().toBytes(),
        properties.maxRequestBytes(),
        (int) IN_MEMORY_PART.toBytes());
  }
}
