package io.cxray.server.auth;

import io.cxray.server.api.error.ErrorCode;
import io.cxray.server.api.web.ErrorResponseWriter;
import io.cxray.server.ratelimit.RateLimitFilter;
import io.cxray.server.ratelimit.RateLimiter;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stateless API-key security: {@link ApiKeyAuthenticationFilter} authenticates /v1 calls, and
 * {@link ScopeInterceptor} checks each handler's scope. No sessions, cookies, CSRF or login forms.
 */
// Web-only: the CLI starts the same application without a web server (cxray keys create).
@ConditionalOnWebApplication
@Configuration(proxyBeanMethods = false)
class SecurityConfig implements WebMvcConfigurer {

  @Bean
  SecurityFilterChain apiSecurity(
      HttpSecurity http, ApiKeyRepository keys, ErrorResponseWriter errors, RateLimiter limiter)
      throws Exception {
    http.csrf(c -> c.disable())
        .httpBasic(b -> b.disable())
        .formLogin(f -> f.disable())
        .logout(l -> l.disable())
        .requestCache(r -> r.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(PublicPaths.OPENAPI_PATTERNS)
                    .permitAll()
                    .requestMatchers("/v1", "/v1/**")
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            errors.write(
                                response, ErrorCode.UNAUTHORIZED, "Missing API key", Map.of()))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            errors.write(response, ErrorCode.FORBIDDEN, "Forbidden", Map.of())))
        .addFilterBefore(new ApiKeyAuthenticationFilter(keys, errors), AuthorizationFilter.class)
        .addFilterAfter(
            new RateLimitFilter(limiter, errors, Clock.systemUTC()),
            ApiKeyAuthenticationFilter.class);
    return http.build();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(new ScopeInterceptor())
        .addPathPatterns("/v1", "/v1/**")
        .excludePathPatterns(PublicPaths.OPENAPI_PATTERNS);
  }
}
