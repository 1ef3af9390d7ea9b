package io.cxray.server.webhook;

import io.cxray.server.crypto.SecretBox;
import io.cxray.server.net.PrivateNetworkGuard;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The webhook machinery: the URL guard, the sender and the dispatcher. */
@Configuration(proxyBeanMethods = false)
class WebhookConfig {

  @Bean
  WebhookUrlGuard webhookUrlGuard(@Value("${cxray.allow-private-webhooks:false}") boolean allow) {
    return new WebhookUrlGuard(new PrivateNetworkGuard(Set.of("http", "https"), allow));
  }

  // Only servers send: the CLI's non-web contexts (cxray keys create) never dispatch.
  @Bean
  @ConditionalOnWebApplication
  WebhookDispatcher webhookDispatcher(
      DeliveryRepository deliveries,
      WebhookRepository webhooks,
      WebhookProperties settings,
      WebhookUrlGuard guard,
      SecretBox secrets,
      PlatformTransactionManager transactions) {
    WebhookSender sender =
        new WebhookSender(
            settings.connectTimeout(), settings.requestTimeout(), guard.guard(), secrets);
    return new WebhookDispatcher(deliveries, webhooks, sender, settings, transactions);
  }

  /** The guard for webhook URLs (the scan code has its own for repository targets). */
  record WebhookUrlGuard(PrivateNetworkGuard guard) {}
}
