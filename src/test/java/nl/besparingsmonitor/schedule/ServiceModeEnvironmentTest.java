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

    private static StandardEnvironment prepared(Map<String, Object> commandLine) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("commandLine", commandLine));
        new ServiceModeEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
