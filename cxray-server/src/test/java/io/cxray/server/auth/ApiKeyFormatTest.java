package io.cxray.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxray.server.id.Base62;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {

  @Test
  void generatedKeysHavePrefixLengthAlphabetAndChecksum() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String key = ApiKeyFormat.generate();
      assertThat(key).startsWith("cxr_").hasSize(ApiKeyFormat.LENGTH);
      assertThat(Base62.isBase62(key.substring(4))).isTrue();
      assertThat(ApiKeyFormat.isWellFormed(key)).isTrue();
      assertThat(seen.add(key)).isTrue();
    }
  }

  @Test
  void randomPartCarriesAtLeast160Bits() {
    double bits = ApiKeyFormat.RANDOM_LENGTH * Math.log(62) / Math.log(2);
    assertThat(bits).isGreaterThanOrEqualTo(160);
    // What a listing shows (the hint) leaves at least 160 unknown bits.
    int hidden =
        ApiKeyFormat.RANDOM_LENGTH - (ApiKeyFormat.hint(ApiKeyFormat.generate()).length() - 4);
    assertThat(hidden * Math.log(62) / Math.log(2)).isGreaterThanOrEqualTo(160);
  }

  @Test
  void everySingleCharacterTypoIsRejected() {
    String key = ApiKeyFormat.generate();
    for (int i = 4; i < key.length(); i++) {
      for (char c : new char[] {'0', 'z', 'Q'}) {
        if (key.charAt(i) == c) {
          continue;
        }
        String typo = key.substring(0, i) + c + key.substring(i + 1);
        assertThat(ApiKeyFormat.isWellFormed(typo)).as(typo).isFalse();
      }
    }
  }

  @Test
  void swappedNeighboursAreRejected() {
    String key = ApiKeyFormat.generate();
    for (int i = 4; i < key.length() - 1; i++) {
      if (key.charAt(i) == key.charAt(i + 1)) {
        continue;
      }
      String swapped =
          key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
      assertThat(ApiKeyFormat.isWellFormed(swapped)).as(swapped).isFalse();
    }
  }

  @Test
  void wrongShapesAreRejected() {
    String key = ApiKeyFormat.generate();
    assertThat(ApiKeyFormat.isWellFormed(null)).isFalse();
    assertThat(ApiKeyFormat.isWellFormed("")).isFalse();
    assertThat(ApiKeyFormat.isWellFormed("cxs_" + key.substring(4))).isFalse();
    assertThat(ApiKeyFormat.isWellFormed(key + "0")).isFalse();
    assertThat(ApiKeyFormat.isWellFormed(key.substring(0, key.length() - 1))).isFalse();
    assertThat(ApiKeyFormat.isWellFormed(key.substring(0, 10) + "-" + key.substring(11))).isFalse();
  }

  @Test
  void hashIsSha256OfTheKey() {
    String key = ApiKeyFormat.generate();
    assertThat(ApiKeyFormat.hash(key)).hasSize(32).isEqualTo(ApiKeyFormat.hash(key));
    assertThat(ApiKeyFormat.hash(key)).isNotEqualTo(ApiKeyFormat.hash(ApiKeyFormat.generate()));
  }
}
