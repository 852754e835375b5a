package nl.besparingsmonitor.schedule;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Mode {@code once} is a command-line run without a web server ({@code
 * spring.main.web-application-type=none} in application.properties); mode {@code service} needs
 * one for its health and runs endpoints. The mode is a normal property (command line, environment,
 * file), so it is known only once the environment is prepared: this switches the application type
 * then, before Spring Boot creates the context.
 */
class ServiceModeEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("service".equalsIgnoreCase(environment.getProperty("monitor.mode", "once"))) {
            environment.getPropertySources().addFirst(new MapPropertySource("monitor-service-mode",
                    Map.of("spring.main.web-application-type", "servlet")));
        }
    }

    @Override
    public int getOrder() {
        // after the application.properties files are loaded
        return Ordered.LOWEST_PRECEDENCE;
    }
}
