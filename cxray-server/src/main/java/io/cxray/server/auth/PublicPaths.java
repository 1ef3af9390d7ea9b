package io.cxray.server.auth;

/** Which paths need an API key: all of /v1 except the OpenAPI document (JSON and YAML). */
public final class PublicPaths {

  public static final String OPENAPI = "/v1/openapi.json";

  /** Ant patterns of the public document paths, for the security and interceptor matchers. */
  static final String[] OPENAPI_PATTERNS = {OPENAPI, OPENAPI + ".yaml", OPENAPI + "/**"};

  private PublicPaths() {}

  public static boolean needsApiKey(String path) {
    boolean v1 = path.equals("/v1") || path.startsWith("/v1/");
    return v1 && !path.startsWith(OPENAPI);
  }
}
