package io.cxray.server.testsupport;

import io.cxray.server.auth.RequiredScope;
import io.cxray.server.auth.Scope;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only route that fails unexpectedly, with SQL in the exception, to test INTERNAL_ERROR. */
@RestController
@Hidden
public class FailureTestController {

  public static final String SECRET = "SELECT password_hash FROM users";

  @GetMapping("/v1/test-only/failure")
  @RequiredScope(Scope.PROJECTS_READ)
  String fail() {
    throw new IllegalStateException("boom while running " + SECRET);
  }
}
