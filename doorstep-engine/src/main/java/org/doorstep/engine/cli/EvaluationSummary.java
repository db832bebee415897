package org.doorstep.engine.cli;

import java.util.Locale;
import java.util.Map;
import org.doorstep.engine.AccessResult;
import org.doorstep.engine.CityNetwork;
import org.doorstep.engine.access.CategoryAccess;
import org.doorstep.engine.category.AgeBand;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.GraphIslands;
import org.doorstep.engine.population.Population;

/**
 * {@code summary.json}: what was read, how it joined the graph, who lives there, and per category how many facilities
 * and which shares of buildings and of the category's target group lie within each threshold. Everything but the
 * {@code timings_ms} member is the same for the same input.
 */
final class EvaluationSummary {

    private EvaluationSummary() {}

    static String toJson(Evaluation evaluation, Map<String, Long> phases_ms) {
        CityNetwork network = evaluation.network();
        AccessResult access = evaluation.access();
        JsonWriter json = new JsonWriter().beginObject();
        json.name("source").value(network.city().source());
        json.name("attribution").value("© OpenStreetMap contributors, ODbL 1.0");
        json.name("profile").beginObject();
        json.name("name").value(access.profile().name());
        json.name("speed_mps").value(access.profile().speed_mps(), 2);
        json.name("steps_slowdown").value(access.profile().stepsSlowdown(), 2);
        json.endObject();
        json.name("thresholds_min").beginArray();
        for (int minutes : access.options().thresholds_min()) {
            json.value(minutes);
        }
        json.endArray();
        json.name("counts").beginObject();
        for (Map.Entry<String, Long> count : network.city().counts().entrySet()) {
            json.name(count.getKey()).value(count.getValue());
        }
        json.endObject();
        network(json, network);
        population(json, evaluation.population());
        json.name("categories").beginObject();
        for (ServiceCategory category : access.categories()) {
            category(json, access.category(category));
        }
        json.endObject();
        json.name("timings_ms").beginObject();
        for (Map.Entry<String, Long> phase : phases_ms.entrySet()) {
            json.name(phase.getKey()).value(phase.getValue());
        }
        for (Map.Entry<String, Long> step : access.phaseTimes_ms().entrySet()) {
            json.name("access_" + step.getKey()).value(step.getValue());
        }
        json.endObject();
        return json.endObject().toJson();
    }

    private static void network(JsonWriter json, CityNetwork network) {
        GraphIslands islands = network.islands();
        json.name("network").beginObject();
        json.name("graph_nodes").value(network.graph().nodeCount());
        json.name("graph_edges").value(network.graph().edgeCount());
        json.name("components").value(islands.componentCount());
        json.name("islands").value(islands.islandCount());
        json.name("island_nodes").value(islands.islandNodeCount());
        json.name("island_min_nodes").value(islands.minNodes());
        json.name("max_snap_m").value(network.options().maxSnap_m(), 1);
        json.name("buildings_unsnapped").value(network.buildingSnaps().unsnappedCount());
        json.name("buildings_kept_off_islands").value(network.buildingSnaps().avoidedIslandCount());
        json.name("facilities_unsnapped").value(network.facilitySnaps().unsnappedCount());
        json.name("facilities_kept_off_islands").value(network.facilitySnaps().avoidedIslandCount());
        json.endObject();
    }

    private static void population(JsonWriter json, Population population) {
        json.name("population").beginObject();
        json.name("estimated").value(population.estimated());
        json.name("residents").value(population.totalResidents(), 0);
        json.name("households").value(population.totalHouseholds(), 0);
        json.name("by_age_band").beginObject();
        for (AgeBand band : AgeBand.values()) {
            json.name(band.label()).value(population.totalResidents(band), 0);
        }
        json.endObject();
        json.endObject();
    }

    private static void category(JsonWriter json, CategoryAccess access) {
        int[] thresholds = access.thresholds_min();
        json.name(access.category().code()).beginObject();
        json.name("facilities").value(access.facilityIds().length);
        json.name("target_group").value(access.category().targetGroup().name().toLowerCase(Locale.ROOT));
        json.name("buildings_reaching_any").value(reachingAny(access));
        json.name("building_share_within").beginObject();
        for (int t = 0; t < thresholds.length; t++) {
            json.name(thresholds[t] + "_min").value(access.buildingShareWithin(t), 4);
        }
        json.endObject();
        json.name("target_share_within").beginObject();
        for (int t = 0; t < thresholds.length; t++) {
            json.name(thresholds[t] + "_min").value(access.demandShareWithin(t), 4);
        }
        json.endObject();
        json.endObject();
    }

    private static int reachingAny(CategoryAccess access) {
        int count = 0;
        for (int b = 0; b < access.buildingCount(); b++) {
            if (access.nearestFacility(b) >= 0) {
                count++;
            }
        }
        return count;
    }
}
