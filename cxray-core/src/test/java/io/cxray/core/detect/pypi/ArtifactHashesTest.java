package io.cxray.core.detect.pypi;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.core.detect.StructuredFormats;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ArtifactHashesTest {

  private static JsonNode files(String toml) {
    return StructuredFormats.toml().readTree(toml).get("files");
  }

  @Test
  void oneFileGivesItsDigestUnderTheModelsAlgorithmName() {
    JsonNode files = files("files = [{file = \"a-1.0-py3-none-any.whl\", hash = \"sha256:AB12\"}]");

    assertThat(ArtifactHashes.ofSingleArtifact(files))
        .containsExactly(Map.entry("SHA-256", "ab12"));
  }

  @Test
  void severalFilesGiveNoDigest() {
    JsonNode files =
        files(
            "files = [{file = \"a-1.0-py3-none-any.whl\", hash = \"sha256:ab12\"},"
                + " {file = \"a-1.0.tar.gz\", hash = \"sha256:cd34\"}]");

    assertThat(ArtifactHashes.ofSingleArtifact(files)).isEmpty();
  }

  @Test
  void unknownAlgorithmsMalformedHashesAndOtherShapesGiveNoDigest() {
    assertThat(ArtifactHashes.ofSingleArtifact(files("files = [{hash = \"blake2b:ab12\"}]")))
        .isEmpty();
    assertThat(ArtifactHashes.ofSingleArtifact(files("files = [{hash = \"sha256:not-hex\"}]")))
        .isEmpty();
    assertThat(ArtifactHashes.ofSingleArtifact(files("files = [{hash = \"ab12\"}]"))).isEmpty();
    assertThat(ArtifactHashes.ofSingleArtifact(files("files = [\"sha256:ab12\"]"))).isEmpty();
    assertThat(ArtifactHashes.ofSingleArtifact(files("files = \"sha256:ab12\""))).isEmpty();
    assertThat(ArtifactHashes.ofSingleArtifact(null)).isEmpty();
  }
}
