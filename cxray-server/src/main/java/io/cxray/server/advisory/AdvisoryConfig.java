package io.cxray.server.advisory;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The advisory store, the database over it (its index is built from the tables at start-up). */
@Configuration(proxyBeanMethods = false)
class AdvisoryConfig {

  @Bean
  AdvisorySettings advisorySettings(Environment env) {
    return AdvisorySettings.from(env);
  }

  @Bean
  PostgresAdvisoryStore advisoryStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    return new PostgresAdvisoryStore(jdbc, transactions);
  }

  @Bean
  AdvisoryDatabase advisoryDatabase(PostgresAdvisoryStore store) {
    return new AdvisoryDatabase(store);
  }
}
