package io.cxray.server.persistence;

import io.cxray.server.api.envelope.Page;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/** Small helpers for reading rows and cutting pages. */
public final class Rows {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Rows() {}

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static List<String> strings(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }

  /** A JSON object column read as text ({@code col::text}); null stays null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> jsonObject(ResultSet rs, String column) throws SQLException {
    String text = rs.getString(column);
    return text == null ? null : JSON.readValue(text, Map.class);
  }

  /**
   * {@code rows} were read with {@code LIMIT limit + 1}: an extra row means there is a next page,
   * which starts after the last row kept.
   */
  public static <T> Page<T> page(List<T> rows, int limit, Function<T, KeysetCursor> position) {
    if (rows.size() <= limit) {
      return new Page<>(rows, limit, null);
    }
    List<T> kept = rows.subList(0, limit);
    return new Page<>(List.copyOf(kept), limit, position.apply(kept.get(limit - 1)).encode());
  }
}
