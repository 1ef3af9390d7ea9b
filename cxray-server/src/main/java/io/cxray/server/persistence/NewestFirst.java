package io.cxray.server.persistence;

import io.cxray.server.api.envelope.Page;
import io.cxray.server.api.envelope.PageRequest;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list query every collection shares: newest first, keyset paging on {@code (created_at, id)},
 * one row more than the page to know whether another page follows.
 */
public final class NewestFirst {
  private NewestFirst() {}

  /**
   * @param selectFrom {@code SELECT <columns> FROM <table>}
   * @param where a condition on the table, or null for every row
   * @param params the condition's parameters
   */
  public static <T> Page<T> list(
      JdbcClient jdbc,
      String selectFrom,
      String where,
      List<?> params,
      PageRequest page,
      RowMapper<T> mapper,
      Function<T, KeysetCursor> position) {
    List<String> conditions = new ArrayList<>();
    List<Object> args = new ArrayList<>(params);
    if (where != null) {
      conditions.add(where);
    }
    KeysetCursor after = page.after();
    if (after != null) {
      conditions.add("(created_at, id) < (?, ?)");
      args.add(after.createdAt().atOffset(ZoneOffset.UTC));
      args.add(after.id());
    }
    args.add(page.limit() + 1);
    String sql =
        selectFrom
            + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
            + " ORDER BY created_at DESC, id DESC LIMIT ?";
    return Rows.page(jdbc.sql(sql).params(args).query(mapper).list(), page.limit(), position);
  }
}
