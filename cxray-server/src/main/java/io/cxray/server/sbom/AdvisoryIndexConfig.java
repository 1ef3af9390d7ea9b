package io.cxray.server.sbom;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.advisory.store.InMemoryAdvisoryStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default advisory data: an in-memory store, empty until something imports into it. A
 * PostgreSQL-backed {@link AdvisoryDatabase} or another {@link AdvisoryIndexSource} bean replaces
 * these.
 */
@Configuration(proxyBeanMethods = false)
class AdvisoryIndexConfig {

  @Bean
  @ConditionalOnMissingBean
  AdvisoryDatabase advisoryDatabase() {
    return new AdvisoryDatabase(new InMemoryAdvisoryStore());
  }

  @Bean
  @ConditionalOnMissingBean
  AdvisoryIndexSource advisoryIndexSource(AdvisoryDatabase database) {
    return database::index;
  }
}
