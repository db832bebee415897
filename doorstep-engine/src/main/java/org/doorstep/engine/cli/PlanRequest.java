package org.doorstep.engine.cli;

import java.nio.file.Path;
import java.util.List;
import org.doorstep.engine.category.ServiceCategory;
import org.doorstep.engine.graph.WalkProfile;
import org.doorstep.engine.siting.SitingQuery;
import org.doorstep.engine.standards.StandardsCatalog;
import org.jspecify.annotations.Nullable;

/**
 * A {@code plan} run's checked inputs: every file is read and validated before any analysis starts.
 *
 * @param residents a known total to spread over floor area, NaN to estimate from floor area alone
 * @param sitingCategories the categories of blind spots and siting, in {@link ServiceCategory} order
 * @param candidates empty without {@code --candidates} (then no siting)
 * @param candidatesFile the file they came from, null without
 * @param query {@code k} sites or a budget, before the categories' minimum areas
 * @param signalsFile the extra-demand file, null without
 */
record PlanRequest(
        Path osm,
        Path out,
        WalkProfile profile,
        double residents,
        StandardsCatalog catalog,
        List<ServiceCategory> sitingCategories,
        List<Candidate> candidates,
        @Nullable Path candidatesFile,
        SitingQuery query,
        DemandSignals signals,
        @Nullable Path signalsFile) {

    /** Costs per candidate: as given, or 1 where not given (only possible when selecting k sites). */
    double[] costs() {
        return candidates.stream()
                .mapToDouble(c -> Double.isNaN(c.cost()) ? 1 : c.cost())
                .toArray();
    }
}
