package io.cxray.core.advisory.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** A minimal RFC 4180 reader: quoted fields with doubled quotes, commas and newlines inside. */
final class CsvRows {
  private CsvRows() {}

  static List<List<String>> read(Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int c;
    while ((c = reader.read()) >= 0) {
      if (quoted) {
        if (c == '"') {
          reader.mark(1);
          int next = reader.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            if (next >= 0) {
              reader.reset();
            }
          }
        } else {
          field.append((char) c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(stripCr(field));
        rows.add(row);
        row = new ArrayList<>();
        field.setLength(0);
      } else {
        field.append((char) c);
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      row.add(stripCr(field));
      rows.add(row);
    }
    return rows;
  }

  private static String stripCr(StringBuilder field) {
    int n = field.length();
    return n > 0 && field.charAt(n - 1) == '\r' ? field.substring(0, n - 1) : field.toString();
  }
}
