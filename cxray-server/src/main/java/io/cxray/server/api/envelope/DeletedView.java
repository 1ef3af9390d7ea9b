package io.cxray.server.api.envelope;

import io.swagger.v3.oas.annotations.media.Schema;

/** The {@code data} of every DELETE: {@code {"id": ..., "deleted": true}}. */
public record DeletedView(String id, @Schema(description = "Always true") boolean deleted) {

  public static DeletedView of(String id) {
    return new DeletedView(id, true);
  }
}
