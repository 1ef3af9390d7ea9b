package io.cxray.server.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cxray.server.persistence.embedded.EmbeddedPostgresServer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one DataSource: the external PostgreSQL when CXRAY_DB_URL is set, else the embedded one. */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

  @Bean(destroyMethod = "close")
  DatabaseEndpoint databaseEndpoint(CxrayProperties properties) {
    CxrayProperties.Db db = properties.db();
    if (db.external()) {
      return DatabaseEndpoint.external(db.url(), db.user(), db.password());
    }
    return DatabaseEndpoint.embedded(
        EmbeddedPostgresServer.start(properties.dataDir(), properties.embeddedDb().osUser()));
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseEndpoint endpoint, CxrayProperties properties) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("cxray");
    config.setJdbcUrl(endpoint.url());
    config.setUsername(endpoint.user());
    config.setPassword(endpoint.password());
    config.setMaximumPoolSize(properties.db().poolSize());
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }
}
