package io.cxray.server.api.web;

import java.io.IOException;

/** Thrown by the request body stream once it has delivered more than the configured limit. */
public class PayloadTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  public PayloadTooLargeException(long limit) {
    super("Request body is larger than " + limit + " bytes");
  }
}
