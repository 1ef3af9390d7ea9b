package io.cxray.server.auth;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by a valid API key; the principal is the {@link ApiCaller}. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

  private static final long serialVersionUID = 1L;
  private final transient ApiCaller caller;

  ApiKeyAuthentication(ApiCaller caller) {
    super(caller.scopes().stream().map(s -> new SimpleGrantedAuthority(s.value())).toList());
    this.caller = caller;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public ApiCaller getPrincipal() {
    return caller;
  }

  static List<String> scopeNames(ApiCaller caller) {
    return caller.scopes().stream().map(Scope::value).sorted().toList();
  }
}
