package io.cxray.server.api.web;

import io.cxray.server.api.error.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code cxray.http.max-body-size} with 413 PAYLOAD_TOO_LARGE: at once
 * when Content-Length says so, else (chunked bodies) as soon as the stream passes the limit. Upload
 * routes may have a limit of their own ({@code limits} decides per request).
 */
public class BodySizeLimitFilter extends OncePerRequestFilter {

  private final ToLongFunction<HttpServletRequest> limits;
  private final ErrorResponseWriter errors;

  public BodySizeLimitFilter(long limit, ErrorResponseWriter errors) {
    this(request -> limit, errors);
  }

  public BodySizeLimitFilter(
      ToLongFunction<HttpServletRequest> limits, ErrorResponseWriter errors) {
    this.limits = limits;
    this.errors = errors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = limits.applyAsLong(request);
    if (request.getContentLengthLong() > limit) {
      errors.write(
          response,
          ErrorCode.PAYLOAD_TOO_LARGE,
          "Request body is larger than " + limit + " bytes",
          Map.of("limit", limit));
      return;
    }
    chain.doFilter(new LimitedRequest(request, limit), response);
  }

  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream(), limit);
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {
    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws PayloadTooLargeException {
      read += n;
      if (read > limit) {
        throw new PayloadTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
