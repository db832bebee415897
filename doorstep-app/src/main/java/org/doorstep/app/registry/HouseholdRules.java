package org.doorstep.app.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What a household's data must satisfy: an address, fields that fit, and a building in its own community. */
final class HouseholdRules {

    private HouseholdRules() {}

    /**
     * The faults of the data.
     *
     * @param buildingCommunity the community of the named building, null where the data names none or it does not
     *     exist
     */
    static List<FieldProblem> problems(HouseholdData data, @Nullable Long buildingCommunity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (data.address().isEmpty()) {
            problems.add(new FieldProblem("address", "an address is required"));
        } else if (data.address().length() > HouseholdData.MAX_ADDRESS) {
            problems.add(new FieldProblem("address", "at most " + HouseholdData.MAX_ADDRESS + " characters"));
        }
        if (data.ref() != null && data.ref().length() > HouseholdData.MAX_REF) {
            problems.add(new FieldProblem("household_ref", "at most " + HouseholdData.MAX_REF + " characters"));
        }
        if (data.unit() != null && data.unit().length() > HouseholdData.MAX_UNIT) {
            problems.add(new FieldProblem("unit", "at most " + HouseholdData.MAX_UNIT + " characters"));
        }
        if (data.buildingId() != null && buildingCommunity == null) {
            problems.add(new FieldProblem("building_id", "no building " + data.buildingId()));
        } else if (data.buildingId() != null && !Objects.equals(buildingCommunity, data.communityId())) {
            problems.add(new FieldProblem(
                    "building_id",
                    "building " + data.buildingId() + " lies in another community (" + buildingCommunity + ")"));
        }
        return problems;
    }
}
