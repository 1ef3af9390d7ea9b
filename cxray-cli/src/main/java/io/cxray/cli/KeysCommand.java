package io.cxray.cli;

import io.cxray.server.CxrayServer;
import io.cxray.server.auth.ApiKeyService;
import io.cxray.server.auth.CreatedApiKeyView;
import io.cxray.server.auth.Scope;
import io.cxray.server.organization.OrganizationRecord;
import io.cxray.server.organization.OrganizationRepository;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cxray keys create}: makes an API key directly in the database the server uses (the
 * embedded one under {@code CXRAY_DATA_DIR}, or {@code CXRAY_DB_URL}). The key is printed once, on
 * standard output, and never logged. With the embedded database the server must not be running (it
 * holds the data directory); use {@code POST /v1/api-keys} then.
 */
@Command(
    name = "keys",
    description = "API keys.",
    subcommands = {KeysCommand.Create.class})
final class KeysCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", description = "Creates an API key and prints it once.")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--name", required = true, description = "A name for the key.")
    String name;

    @Option(
        names = "--scopes",
        split = ",",
        description = "Scopes (default: every scope but admin), e.g. scans:read,scans:write.")
    List<String> scopes;

    @Option(names = "--org", description = "Organisation id (default: the first organisation).")
    String organizationId;

    @Option(names = "--expires-in", description = "Lifetime as an ISO-8601 duration, e.g. P90D.")
    String expiresIn;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Set<Scope> wanted = Scope.defaults();
      if (scopes != null) {
        wanted = EnumSet.noneOf(Scope.class);
        for (String s : scopes) {
          Optional<Scope> scope = Scope.fromValue(s.trim());
          if (scope.isEmpty()) {
            err.println("error: unknown scope '" + s + "'");
            return 2;
          }
          wanted.add(scope.get());
        }
      }
      Instant expiresAt = null;
      if (expiresIn != null) {
        try {
          expiresAt = Instant.now().plus(Duration.parse(expiresIn));
        } catch (DateTimeParseException e) {
          err.println("error: --expires-in is not an ISO-8601 duration: " + expiresIn);
          return 2;
        }
      }
      try (ConfigurableApplicationContext context =
          new SpringApplicationBuilder(CxrayServer.class)
              .web(WebApplicationType.NONE)
              .logStartupInfo(false)
              .run("--logging.level.root=WARN")) {
        OrganizationRepository organizations = context.getBean(OrganizationRepository.class);
        Optional<OrganizationRecord> org =
            organizationId == null ? organizations.findRoot() : organizations.find(organizationId);
        if (org.isEmpty()) {
          err.println("error: no such organisation: " + organizationId);
          return 2;
        }
        CreatedApiKeyView key =
            context.getBean(ApiKeyService.class).create(org.get().id(), name, wanted, expiresAt);
        out.println(key.key());
        err.println(
            "Created key "
                + key.id()
                + " for organisation "
                + org.get().id()
                + "; it is shown only this once.");
        return 0;
      }
    }
  }
}
