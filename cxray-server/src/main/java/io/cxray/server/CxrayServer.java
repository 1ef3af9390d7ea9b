package io.cxray.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;

/** The CXRay server. {@link #start} is the entry point the CLI's {@code cxray serve} uses. */
// No user-details service: API keys are the only credentials, and Boot's default one would log a
// generated password.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CxrayServer {

  public static void main(String[] args) {
    start(args);
  }

  /** Starts the server and returns its running context; closing the context stops it. */
  public static ConfigurableApplicationContext start(String... args) {
    return SpringApplication.run(CxrayServer.class, args);
  }
}
