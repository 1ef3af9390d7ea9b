package io.cxray.server.scan;

import io.cxray.core.advisory.importer.AdvisoryDatabase;
import io.cxray.core.detect.DetectorOptions;
import io.cxray.core.detect.ParserRegistry;
import io.cxray.core.misconfig.MisconfigScanner;
import io.cxray.core.misconfig.RuleCatalog;
import io.cxray.core.sbom.SbomTool;
import io.cxray.core.scan.ScanPipeline;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The core pipeline the workers run, built once (the rule catalog loads here). */
@Configuration(proxyBeanMethods = false)
class ScanConfig {

  /** Scans read the server's advisory database (PostgreSQL, shared by every instance). */
  @Bean
  AdvisoryIndexProvider advisoryIndexProvider(AdvisoryDatabase advisories) {
    return advisories::index;
  }

  @Bean
  ScanPipeline scanPipeline(AdvisoryIndexProvider advisories) {
    return new ScanPipeline(
        ParserRegistry.builtIn(),
        DetectorOptions.defaults(),
        advisories::current,
        new MisconfigScanner(RuleCatalog.builtIn()),
        new SbomTool("CXRay", "cxray-server", ServerVersion.current()),
        Clock.systemUTC());
  }
}
