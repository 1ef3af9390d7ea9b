package io.cxray.core.detect.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.detect.ParseContext;
import io.cxray.core.detect.ParseResult;
import io.cxray.core.detect.nuget.PackageReferenceParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XML attacks on the two XML formats (POM and MSBuild project files): external entities must read
 * no file and open no connection, and entity expansion must not happen at all.
 */
class PomParserHostileXmlTest {
  private static final String SECRET = "cxray-secret-7f3a9";

  @Test
  void externalEntitiesReadNoFileAndOpenNoConnection(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(300);
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/xxe";
      String pom =
          "<?xml version=\"1.0\"?>\n"
              + "<!DOCTYPE project [\n"
              + "  <!ENTITY file SYSTEM \""
              + secret.toUri()
              + "\">\n"
              + "  <!ENTITY remote SYSTEM \""
              + url
              + "\">\n"
              + "  <!ENTITY % dtd SYSTEM \""
              + url
              + "\"> %dtd;\n"
              + "]>\n"
              + "<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId>"
              + "<artifactId>a</artifactId><version>1</version><dependencies><dependency>"
              + "<groupId>&file;</groupId><artifactId>&remote;</artifactId><version>1</version>"
              + "</dependency></dependencies></project>\n";

      for (ParseResult r :
          new ParseResult[] {
            new PomParser().parse("pom.xml", bytes(pom), ParseContext.isolated()),
            new PackageReferenceParser().parse("App.csproj", bytes(pom), ParseContext.isolated())
          }) {
        assertThat(r.packages()).isEmpty();
        assertThat(r.warnings())
            .singleElement()
            .satisfies(w -> assertThat(w.message()).contains("DOCTYPE"));
        assertThat(r.toString()).doesNotContain(SECRET);
      }
      assertNoConnection(listener);
    }
  }

  @Test
  void entityExpansionDoesNotHappen() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE project [<!ENTITY a0 \"lol\">");
    for (int i = 1; i <= 12; i++) {
      dtd.append("<!ENTITY a")
          .append(i)
          .append(" \"")
          .append(("&a" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    dtd.append("]>");
    String pom = dtd + "<project><artifactId>&a12;</artifactId></project>";

    ParseResult r = new PomParser().parse("pom.xml", bytes(pom), ParseContext.isolated());

    assertThat(r.packages()).isEmpty();
    assertThat(r.warnings()).isNotEmpty();
  }

  @Test
  void anUndeclaredEntityReferenceIsAnErrorNotAnExpansion() {
    String pom = "<project><artifactId>&lol;</artifactId></project>";

    ParseResult r = new PomParser().parse("pom.xml", bytes(pom), ParseContext.isolated());

    assertThat(r.packages()).isEmpty();
    assertThat(r.warnings()).isNotEmpty();
  }

  private static void assertNoConnection(ServerSocket listener) throws IOException {
    try {
      listener.accept().close();
      throw new AssertionError("the parser connected to " + listener.getLocalSocketAddress());
    } catch (SocketTimeoutException expected) {
      // nobody came
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
