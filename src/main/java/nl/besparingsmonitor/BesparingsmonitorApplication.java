package nl.besparingsmonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: runs one consolidation (mode once) or stays up as a service (mode service). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BesparingsmonitorApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(BesparingsmonitorApplication.class, args)));
    }
}
