package io.cxray.server.organization;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An organisation (tenant). {@code root}: the first one, whose admins manage all of them. */
public record OrganizationView(
    @Schema(example = "org_2bN7xQ4kLm9PwR3tYc8HdA") String id,
    String name,
    @Schema(allowableValues = {"free", "pro", "enterprise"}) String tier,
    boolean root,
    Instant createdAt) {

  static OrganizationView of(OrganizationRecord r) {
    return new OrganizationView(r.id(), r.name(), r.tier().value(), r.root(), r.createdAt());
  }
}
