package io.cxray.server.auth;

import io.cxray.server.api.error.ApiException;
import io.cxray.server.api.error.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks the {@link RequiredScope} of the /v1 handler about to run: 403 FORBIDDEN when the key
 * lacks it. A handler without the annotation is refused (fail closed).
 */
class ScopeInterceptor implements HandlerInterceptor {

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    RequiredScope required = method.getMethodAnnotation(RequiredScope.class);
    if (required == null) {
      throw ApiException.forbidden("This endpoint declares no scope", Map.of());
    }
    ApiCaller caller = currentCaller();
    if (!caller.has(required.value())) {
      throw ApiException.forbidden(
          "API key lacks the scope " + required.value().value(),
          Map.of("requiredScope", required.value().value()));
    }
    return true;
  }

  private static ApiCaller currentCaller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof ApiCaller caller) {
      return caller;
    }
    throw new ApiException(ErrorCode.UNAUTHORIZED, "Missing API key", Map.of());
  }
}
