package io.cxray.server.api.envelope;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

/** A successful list response; paging is in {@code meta.pagination}. */
public record ListEnvelope<T>(
    @Schema(allowableValues = Envelope.SUCCESS) String status, List<T> data, ListMeta meta) {

  public static <R, T> ListEnvelope<T> of(Page<R> page, Function<R, T> toView) {
    Meta meta = Meta.now();
    return new ListEnvelope<>(
        Envelope.SUCCESS,
        page.items().stream().map(toView).toList(),
        new ListMeta(
            meta.timestamp(),
            meta.version(),
            meta.requestId(),
            new Pagination(page.limit(), page.nextCursor())));
  }
}
