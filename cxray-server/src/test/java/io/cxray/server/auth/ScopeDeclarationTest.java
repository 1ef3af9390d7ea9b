package io.cxray.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.testsupport.ApiTestBase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every /v1 handler method declares the scope it needs (@RequiredScope). */
class ScopeDeclarationTest extends ApiTestBase {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyV1HandlerDeclaresAScope() {
    List<String> v1Handlers = new ArrayList<>();
    List<String> undeclared = new ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              boolean v1 = info.getPatternValues().stream().anyMatch(PublicPaths::needsApiKey);
              if (!v1) {
                return;
              }
              v1Handlers.add(info.toString());
              if (method.getMethodAnnotation(RequiredScope.class) == null) {
                undeclared.add(info + " -> " + method);
              }
            });
    assertThat(v1Handlers).hasSizeGreaterThanOrEqualTo(11);
    assertThat(undeclared).isEmpty();
  }
}
