package nl.besparingsmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import nl.besparingsmonitor.excel.JdkXmlFactories;

/** Entry point: runs one consolidation (mode once) or stays up as a service (mode service). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BesparingsmonitorApplication {

    public static void main(String[] args) {
        JdkXmlFactories.pin();
        ConfigurableApplicationContext context = SpringApplication.run(BesparingsmonitorApplication.class, args);
        if ("service".equalsIgnoreCase(context.getEnvironment().getProperty("monitor.mode"))) {
            return; // keeps running until stopped (SIGTERM shuts it down in order)
        }
        System.exit(SpringApplication.exit(context));
    }
}
