package io.cxray.server.crypto;

import io.cxray.server.config.CxrayProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link SecretBox} of the server (webhook secrets, repository credentials). */
@Configuration(proxyBeanMethods = false)
class SecretsConfig {

  @Bean
  SecretBox secretBox(@Value("${cxray.secret-key:}") String key, CxrayProperties properties) {
    return new SecretBox(() -> SecretKeyLoader.load(key, properties.dataDir()));
  }
}
