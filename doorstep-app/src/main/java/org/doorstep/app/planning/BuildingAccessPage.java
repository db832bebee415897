package org.doorstep.app.planning;

import java.util.List;

/** One page of a run's building results, with how many match in all (for paging links). */
public record BuildingAccessPage(long numberMatched, List<BuildingAccessRow> rows) {

    public BuildingAccessPage {
        rows = List.copyOf(rows);
    }
}
