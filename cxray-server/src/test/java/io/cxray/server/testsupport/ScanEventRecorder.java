package io.cxray.server.testsupport;

import io.cxray.server.scan.ScanEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link ScanEvent} the server publishes, so tests can count them. */
@Component
public class ScanEventRecorder {

  private final List<ScanEvent> events = new CopyOnWriteArrayList<>();

  @EventListener
  void on(ScanEvent event) {
    events.add(event);
  }

  public List<ScanEvent> of(String scanId) {
    return events.stream().filter(e -> e.scanId().equals(scanId)).toList();
  }
}
