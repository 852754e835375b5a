package nl.besparingsmonitor.schedule;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertyResolver;

/**
 * Mode {@code once} is a command-line run without a web server ({@code
 * spring.main.web-application-type=none} in application.properties); mode {@code service} needs
 * one for its health and runs endpoints. The mode is a normal property (command line, environment,
 * file), so it is known only once the environment is prepared: this switches the application type
 * then, before Spring Boot creates the context.
 *
 * <p>Mode {@code once} also creates beans only when the run needs them: the health, metrics and web
 * beans are for service mode, and creating them cost about a second of every command-line run (a
 * run where nothing changed: 10.8 and 11.1 s against 10.0 and 10.1 s, on the benchmark inbox). Service
 * mode creates everything at start, so a wrong setting shows then and not during a nightly run. Any
 * {@code spring.main.lazy-initialization} given as a property wins.
 */
class ServiceModeEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (serviceMode(environment)) {
            environment.getPropertySources().addFirst(new MapPropertySource("monitor-service-mode",
                    Map.of("spring.main.web-application-type", "servlet")));
        } else {
            environment.getPropertySources().addLast(new MapPropertySource("monitor-once-mode",
                    Map.of("spring.main.lazy-initialization", "true")));
        }
    }

    /** Whether {@code monitor.mode} is {@code service}; any other mode is a run that ends (once, or a test's). */
    static boolean serviceMode(PropertyResolver environment) {
        return "service".equalsIgnoreCase(environment.getProperty("monitor.mode", "once"));
    }

    @Override
    public int getOrder() {
        // after the application.properties files are loaded
        return Ordered.LOWEST_PRECEDENCE;
    }
}
