package io.cxray.core.sbom;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;

/** Turns JSON Schema validator errors into {@link SchemaViolation}s with JSON pointers. */
final class JsonSchemaErrors {
  /** How many violations an error reports; the rest are usually consequences of the first. */
  static final int MAX_REPORTED = 5;

  private JsonSchemaErrors() {}

  static List<SchemaViolation> toViolations(List<Error> errors) {
    List<SchemaViolation> out = new ArrayList<>();
    for (Error e : errors) {
      if (out.size() == MAX_REPORTED) {
        break;
      }
      out.add(new SchemaViolation(pointer(e.getInstanceLocation()), e.getMessage()));
    }
    return out;
  }

  /** An RFC 6901 JSON pointer for a node path ({@code ""} is the document itself). */
  static String pointer(NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      b.append('/').append(String.valueOf(element).replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  static SbomError invalid(String what, List<Error> errors) {
    List<SchemaViolation> violations = toViolations(errors);
    SchemaViolation first = violations.get(0);
    String where = first.pointer().isEmpty() ? "the document" : first.pointer();
    return new SbomError(
        SbomError.Kind.SCHEMA_INVALID,
        what
            + " does not conform to its schema ("
            + errors.size()
            + " error(s)); first at "
            + where
            + ": "
            + first.message(),
        violations);
  }
}
