package nl.besparingsmonitor.run;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import nl.besparingsmonitor.config.MonitorProperties;

/**
 * Mode {@code once}: runs one consolidation (or completes an interrupted one) and lets the process
 * exit with the code of {@link RunOutcome#exitCode()}.
 */
@Component
class ConsolidationRunner implements ApplicationRunner, ExitCodeGenerator {

    private final ConsolidationLauncher launcher;
    private final MonitorProperties properties;
    private int exitCode;

    ConsolidationRunner(ConsolidationLauncher launcher, MonitorProperties properties) {
        this.launcher = launcher;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!"once".equalsIgnoreCase(properties.mode())) {
            // service mode schedules its own runs; any other mode (tests) starts nothing
            return;
        }
        exitCode = launcher.launch("once", false).exitCode();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
