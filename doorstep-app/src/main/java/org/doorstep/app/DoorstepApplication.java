package org.doorstep.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Doorstep service: REST API, web UI and analysis jobs over the engine. */
@SpringBootApplication
public class DoorstepApplication {

    public static void main(String[] args) {
        SpringApplication.run(DoorstepApplication.class, args);
    }
}
