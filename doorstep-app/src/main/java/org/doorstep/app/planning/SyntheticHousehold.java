package org.doorstep.app.planning;

import java.util.List;

/** One made-up household of the demo city, in building {@code building} (an index into the generated city). */
record SyntheticHousehold(int building, String address, List<SyntheticResident> members) {

    SyntheticHousehold {
        members = List.copyOf(members);
    }
}
