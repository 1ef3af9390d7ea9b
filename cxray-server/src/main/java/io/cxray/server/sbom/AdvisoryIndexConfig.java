package io.cxray.server.sbom;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * SBOM analysis matches against the server's advisory database (PostgreSQL, shared by every
 * instance), unless another {@link AdvisoryIndexSource} bean is declared.
 */
@Configuration(proxyBeanMethods = false)
class AdvisoryIndexConfig {

  @Bean
  @ConditionalOnMissingBean
  AdvisoryIndexSource advisoryIndexSource(AdvisoryDatabase database) {
    return database::index;
  }
}
