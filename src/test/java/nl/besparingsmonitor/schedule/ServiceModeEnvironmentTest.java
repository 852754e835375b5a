package nl.besparingsmonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * A command-line run creates only the beans its job uses (the web server, health and metrics beans are
 * for service mode: about a second of start-up on a busy 2-core machine); service mode creates them all at
 * start, so a wrong setting shows at once and not in the night.
 */
class ServiceModeEnvironmentTest {

    @Test
    void onceModeStartsLazilyUnlessToldOtherwise() {
        assertThat(prepared(Map.of()).getProperty("spring.main.lazy-initialization")).isEqualTo("true");
        assertThat(prepared(Map.of("monitor.mode", "once")).getProperty("spring.main.web-application-type")).isNull();
        assertThat(prepared(Map.of("spring.main.lazy-initialization", "false"))
                .getProperty("spring.main.lazy-initialization")).isEqualTo("false");
    }

    @Test
    void serviceModeStartsEverythingAndServesHttp() {
        StandardEnvironment service = prepared(Map.of("monitor.mode", "service"));
        assertThat(service.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
        assertThat(service.getProperty("spring.main.lazy-initialization")).isNull();
    }

    @Test
    void onceModeLeavesOutTheAutoConfigurationsOfHealthMetricsAndObservation() {
        String[] candidates = {
                "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
                "org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration",
                "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.health.DataSourceHealthContributorAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.metrics.DataSourcePoolMetricsAutoConfiguration",
                "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
                "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
                "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
                "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration",
                null, // removed by an earlier filter
        };
        boolean[] once = filter(Map.of()).match(candidates, null);
        assertThat(once).containsExactly(false, false, false, false, false, false, true, true, true, true, true);
        boolean[] service = filter(Map.of("monitor.mode", "service")).match(candidates, null);
        assertThat(service).containsOnly(true);
    }

    private static ServiceOnlyAutoConfigurations filter(Map<String, Object> commandLine) {
        ServiceOnlyAutoConfigurations filter = new ServiceOnlyAutoConfigurations();
        filter.setEnvironment(prepared(commandLine));
        return filter;
    }

    private static StandardEnvironment prepared(Map<String, Object> commandLine) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLine", commandLine));
        new ServiceModeEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
