package org.doorstep.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.doorstep.engine.city.CityData;
import org.junit.jupiter.api.Test;

/**
 * The benchmark-size city: 2,000,000 graph nodes. Prints how long generation took and the heap it used (a figure to
 * watch, not a timed assertion).
 */
class LargeCityIT {

    private static final int NODES = 2_000_000;

    @Test
    void generatesTwoMillionNodesWithinFivePercent() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapBefore = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        GeneratedCity generated = CityGenerator.generate(CitySpec.ofNodes(7, NODES));
        long elapsed_ms = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = runtime.totalMemory() - runtime.freeMemory();
        CityData city = generated.city();
        System.out.printf(
                Locale.ROOT,
                "generated %d nodes, %d edges, %d buildings, %d facilities, %d communities in %d ms; heap %d MB after"
                        + " (%d MB before), max %d MB%n",
                city.graph().nodeCount(),
                city.graph().edgeCount(),
                city.buildings().size(),
                city.facilities().size(),
                generated.communities().size(),
                elapsed_ms,
                heapAfter >> 20,
                heapBefore >> 20,
                runtime.maxMemory() >> 20);
        System.out.println(city.counts());
        assertThat(city.graph().nodeCount()).isBetween((int) (NODES * 0.95), (int) (NODES * 1.05));
    }
}
