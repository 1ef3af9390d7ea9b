package io.cxray.server.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a key needs to call a /v1 handler method. Every /v1 handler declares one; a handler
 * without it is refused for every key (see {@link ScopeInterceptor}) and fails a test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiredScope {
  Scope value();
}
