package nl.besparingsmonitor.schedule;

import java.time.Clock;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;
import nl.besparingsmonitor.run.ConsolidationLauncher;

/**
 * Mode {@code service}: once the application is up, watches the inbox, schedules the nightly run
 * and resumes a run that a stopped process left unfinished.
 */
@Component
@ConditionalOnProperty(name = "monitor.mode", havingValue = "service")
class ServiceMode implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServiceMode.class);

    private final MonitorProperties properties;
    private final RunCoordinator coordinator;
    private final ConsolidationLauncher launcher;
    private final Environment environment;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

    ServiceMode(MonitorProperties properties, RunCoordinator coordinator, ConsolidationLauncher launcher,
                Environment environment) {
        this.properties = properties;
        this.coordinator = coordinator;
        this.launcher = launcher;
        this.environment = environment;
        scheduler.setThreadNamePrefix("monitor-schedule-");
        scheduler.setDaemon(true);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        scheduler.initialize();
        var inbox = properties.inbox().toAbsolutePath().normalize();
        var watch = properties.watch();
        InboxWatcher watcher = new InboxWatcher(inbox, watch.quietPeriod(), coordinator::request, Clock.systemUTC());
        scheduler.scheduleWithFixedDelay(watcher::poll, watch.pollInterval());
        ZoneId zone = ZoneId.of(properties.schedule().zone());
        scheduler.schedule(() -> coordinator.request("nightly schedule"), new CronTrigger(properties.schedule().cron(), zone));
        log.info("Service mode: watching {} (quiet period {}), nightly run at '{}' {}, endpoints on http://{}:{}/actuator",
                inbox, watch.quietPeriod(), properties.schedule().cron(), zone,
                environment.getProperty("server.address", "*"), environment.getProperty("local.server.port", "?"));
        if (launcher.hasInterruptedRun()) {
            log.info("A run was left unfinished by a stopped process: resuming it now");
            coordinator.request("resume interrupted run");
        }
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
