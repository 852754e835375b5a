package nl.besparingsmonitor.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * A command-line run's context has no health, metrics or observation beans at all (not even lazy
 * ones): {@link ServiceOnlyAutoConfigurations} is registered and leaves their auto-configurations out.
 * Service mode keeps them ({@link ServiceModeTests} asks {@code /actuator/health}).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:hsqldb:mem:once-context-${random.uuid};hsqldb.tx=mvcc", "monitor.mode=test"})
class OnceModeContextTests {

    @Autowired
    ApplicationContext context;

    @Test
    void hasTheJobsBeansAndNoneOfServiceModesHealthOrMetrics() {
        assertThat(context.containsBean("dataSource")).isTrue();
        assertThat(context.containsBean("consolidationJob")).isTrue();
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(String::toLowerCase))
                .noneMatch(name -> name.contains("health") || name.contains("meterregistry") || name.contains("observationregistry"));
    }
}
