package io.cxray.server.bootstrap;

import io.cxray.server.auth.ApiKeyFormat;
import io.cxray.server.auth.BootstrapKeys;
import io.cxray.server.config.CxrayProperties;
import io.cxray.server.id.Base62;
import io.cxray.server.id.Ids;
import io.cxray.server.organization.OrganizationRecord;
import io.cxray.server.organization.OrganizationRepository;
import io.cxray.server.organization.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * First start on an empty database: the root organisation, an admin user with a generated password,
 * and an API key with every scope. The password and a generated key are written to the log once,
 * and nowhere else. Several instances may start at once on one empty database: a PostgreSQL
 * advisory lock held for the transaction lets exactly one of them do it.
 */
@Component
class Bootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

  /** Arbitrary, fixed: "cxray" + 1 in ASCII. */
  static final long LOCK_KEY = 0x6378726179_01L;

  private final CxrayProperties.Bootstrap settings;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final OrganizationRepository organizations;
  private final UserRepository users;
  private final BootstrapKeys keys;

  Bootstrap(
      CxrayProperties properties,
      JdbcClient jdbc,
      TransactionTemplate transactions,
      OrganizationRepository organizations,
      UserRepository users,
      BootstrapKeys keys) {
    this.settings = properties.bootstrap();
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.organizations = organizations;
    this.users = users;
    this.keys = keys;
  }

  @Override
  public void run(ApplicationArguments args) {
    Tier tier =
        Tier.fromValue(settings.tier())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "CXRAY_BOOTSTRAP_TIER must be free, pro or enterprise, not '"
                            + settings.tier()
                            + "'"));
    String presetKey = blankToNull(settings.apiKey());
    if (presetKey != null && !ApiKeyFormat.isWellFormed(presetKey)) {
      // Never echo the value: it is meant to be a secret.
      throw new IllegalStateException(
          "CXRAY_BOOTSTRAP_API_KEY is not a CXRay API key (cxr_ followed by "
              + (ApiKeyFormat.LENGTH - ApiKeyFormat.PREFIX.length())
              + " base62 characters with a valid checksum)");
    }
    transactions.executeWithoutResult(tx -> bootstrapOnce(tier, presetKey));
  }

  private void bootstrapOnce(Tier tier, String presetKey) {
    jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().listOfRows();
    if (organizations.anyExists()) {
      if (presetKey != null) {
        log.info("CXRAY_BOOTSTRAP_API_KEY ignored: the database is already initialised");
      }
      return;
    }
    OrganizationRecord org =
        organizations.insert(Ids.ORGANIZATION.newId(), "Default organization", tier, true);
    String password = Base62.random(24);
    users.insert(
        Ids.USER.newId(), org.id(), "admin", new BCryptPasswordEncoder().encode(password), "admin");
    String key = keys.createRootKey(org.id(), presetKey);
    StringBuilder banner =
        new StringBuilder()
            .append("\n\n==== CXRay first start: shown once, store these now ====\n")
            .append("Organization: ")
            .append(org.id())
            .append(" (tier ")
            .append(tier.value())
            .append(")\nAdmin user:   admin\nPassword:     ")
            .append(password)
            .append('\n');
    banner.append(
        presetKey == null
            ? "API key:      " + key + "  (all scopes, admin included)\n"
            : "API key:      the one given in CXRAY_BOOTSTRAP_API_KEY\n");
    banner.append("=========================================================\n");
    log.warn(banner.toString());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
