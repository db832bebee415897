package org.doorstep.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the feature modules apart: no cycles, and no module reaching into another's internals. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(DoorstepApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
