package io.cxray.server.api.web;

import io.cxray.server.id.Ids;
import org.slf4j.MDC;

/** The current request's {@code req_} id, kept in the logging MDC so every log line carries it. */
public final class RequestIds {

  public static final String MDC_KEY = "requestId";
  public static final String ATTRIBUTE = RequestIds.class.getName();
  public static final String HEADER = "X-Request-Id";

  private RequestIds() {}

  public static String current() {
    String id = MDC.get(MDC_KEY);
    return id != null ? id : Ids.REQUEST.newId();
  }
}
