package io.cxray.core.advisory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {
  @Test
  void readsEveryShapeSeenInTheData() {
    assertThat(Timestamps.parse("2026-07-08T04:32:24Z"))
        .isEqualTo(Instant.parse("2026-07-08T04:32:24Z"));
    assertThat(Timestamps.parse("2026-07-08T04:32:24.548042Z"))
        .isEqualTo(Instant.parse("2026-07-08T04:32:24.548042Z"));
    assertThat(Timestamps.parse("2026-07-08T04:32:24.548042624Z").getNano()).isEqualTo(548042624);
    assertThat(Timestamps.parse("2024-04-01 18:46:17.903226+00:00"))
        .isEqualTo(Instant.parse("2024-04-01T18:46:17.903226Z"));
    assertThat(Timestamps.parse("2024-04-01 20:46:17+02:00"))
        .isEqualTo(Instant.parse("2024-04-01T18:46:17Z"));
    assertThat(Timestamps.parse("2021-12-10T10:15:09.143"))
        .isEqualTo(Instant.parse("2021-12-10T10:15:09.143Z"));
    assertThat(Timestamps.parse("2025-08-25")).isEqualTo(Instant.parse("2025-08-25T00:00:00Z"));
  }

  @Test
  void garbageIsNull() {
    assertThat(Timestamps.parse(null)).isNull();
    assertThat(Timestamps.parse(" ")).isNull();
    assertThat(Timestamps.parse("yesterday")).isNull();
    assertThat(Timestamps.parse("2024-13-45T99:00:00Z")).isNull();
  }
}
