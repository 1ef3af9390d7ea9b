package io.cxray.server.api.web;

import io.cxray.server.id.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request a {@code req_} id: in the MDC (so logs carry it), in {@code meta.requestId}
 * and in the {@code X-Request-Id} response header. Error dispatches reuse the request's id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = (String) request.getAttribute(RequestIds.ATTRIBUTE);
    if (id == null) {
      id = Ids.REQUEST.newId();
      request.setAttribute(RequestIds.ATTRIBUTE, id);
    }
    if (!response.isCommitted()) {
      response.setHeader(RequestIds.HEADER, id);
    }
    String previous = MDC.get(RequestIds.MDC_KEY);
    MDC.put(RequestIds.MDC_KEY, id);
    try {
      chain.doFilter(request, response);
    } finally {
      if (previous == null) {
        MDC.remove(RequestIds.MDC_KEY);
      } else {
        MDC.put(RequestIds.MDC_KEY, previous);
      }
    }
  }
}
