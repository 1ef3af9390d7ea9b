package io.cxray.server.auth;

/** Which paths need an API key: all of /v1 except the OpenAPI document. */
public final class PublicPaths {

  public static final String OPENAPI = "/v1/openapi.json";

  private PublicPaths() {}

  public static boolean needsApiKey(String path) {
    boolean v1 = path.equals("/v1") || path.startsWith("/v1/");
    return v1 && !path.equals(OPENAPI) && !path.startsWith(OPENAPI + "/");
  }
}
