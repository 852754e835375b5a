package nl.besparingsmonitor.schedule;

import java.util.List;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Mode {@code once} leaves out Spring Boot's auto-configurations of health, metrics and observation:
 * they serve service mode's endpoints, and a command-line run exits before anyone could ask. Lazy
 * beans ({@link ServiceModeEnvironment}) were not enough: Spring still parsed those configuration
 * classes and created their post-processors, 0.3 to 0.5 s of every run (a run of {@code sample-input/}
 * in which nothing changed: 4.84 / 4.97 / 5.16 s against 5.70 / 5.17 / 5.26 s). Matched by package, so
 * that a Spring Boot upgrade that adds or renames such a class needs no change here.
 */
public class ServiceOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    private static final List<String> SERVICE_ONLY_PACKAGES = List.of(
            "org.springframework.boot.actuate.",
            "org.springframework.boot.health.",
            "org.springframework.boot.micrometer.");

    /** Health and metrics contributions that live in the modules of what they watch (jdbc, ssl, batch ...). */
    private static final List<String> SERVICE_ONLY_SUBPACKAGES = List.of(".health.", ".metrics.", ".observation.");

    private boolean serviceMode = true;

    @Override
    public void setEnvironment(Environment environment) {
        serviceMode = ServiceModeEnvironment.serviceMode(environment);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] kept = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = serviceMode || !serviceOnly(autoConfigurationClasses[i]);
        }
        return kept;
    }

    static boolean serviceOnly(String autoConfigurationClass) {
        // the array holds null for classes an earlier filter already removed
        if (autoConfigurationClass == null || !autoConfigurationClass.startsWith("org.springframework.boot.")) {
            return false;
        }
        return SERVICE_ONLY_PACKAGES.stream().anyMatch(autoConfigurationClass::startsWith)
                || SERVICE_ONLY_SUBPACKAGES.stream().anyMatch(autoConfigurationClass::contains);
    }
}
