package org.doorstep.app.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Places;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.tabular.ImportReport;
import org.doorstep.app.tabular.Table;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports households from a CSV or XLSX file with the columns {@code community_code, household_ref, address} and
 * optionally {@code building_id, unit}. All or nothing: every row is checked first, and any fault refuses the file.
 */
@Service
class HouseholdImport {

    static final String[] REQUIRED = {CommunityCodes.COLUMN, "household_ref", "address"};

    private final Places places;
    private final CommunityScope scopes;
    private final HouseholdRepository households;
    private final AuditLog audit;

    HouseholdImport(Places places, CommunityScope scopes, HouseholdRepository households, AuditLog audit) {
        this.places = places;
        this.scopes = scopes;
        this.households = households;
        this.audit = audit;
    }

    @Transactional
    ImportReport importHouseholds(AccessScope scope, String fileName, byte[] content) {
        RegistryAccess.requireKeeper(scope);
        Table table = ImportCells.readTable(fileName, content, REQUIRED);
        CommunityCodes codes = new CommunityCodes(places, scopes, scope);
        List<ImportCells> rows = new ArrayList<>();
        List<@Nullable HouseholdData> parsed = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            ImportCells cells = new ImportCells(table, row);
            rows.add(cells);
            parsed.add(parse(cells, codes));
        }
        checkAgainstDatabase(rows, parsed);
        ImportCells.refuseIfAny(table, rows);
        List<HouseholdData> valid = parsed.stream().map(Objects::requireNonNull).toList();
        List<Long> ids = households.insertAll(valid);
        audit.recordEach(scope, AuditAction.IMPORT, HouseholdService.SUBJECT, ids, List.of("all"), null);
        return ImportReport.accepted(fileName, ids.size());
    }

    private static @Nullable HouseholdData parse(ImportCells cells, CommunityCodes codes) {
        Long community = codes.resolve(cells);
        String ref = cells.required("household_ref");
        String address = cells.required("address");
        Long building = cells.optionalId("building_id");
        if (community == null || ref == null || address == null) {
            return null;
        }
        return new HouseholdData(community, building, ref, address, cells.optional("unit"));
    }

    /** Buildings in their communities, refs unique in the file and not yet taken in the database. */
    private void checkAgainstDatabase(List<ImportCells> rows, List<@Nullable HouseholdData> parsed) {
        List<HouseholdData> present = parsed.stream().filter(Objects::nonNull).toList();
        Map<Long, Long> buildings = households.communitiesOfBuildings(present.stream()
                .map(HouseholdData::buildingId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Map<String, Long>> taken = households.idsByRef(
                present.stream().map(HouseholdData::communityId).distinct().toList());
        Map<String, Integer> firstRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            HouseholdData h = parsed.get(i);
            ImportCells cells = rows.get(i);
            if (h == null) {
                continue;
            }
            HouseholdRules.problems(h, buildings.get(h.buildingId()))
                    .forEach(p -> cells.problem(p.field(), p.message()));
            Integer first = firstRow.putIfAbsent(h.communityId() + "/" + h.ref(), cells.rowNumber());
            if (first != null) {
                cells.problem("household_ref", "'" + h.ref() + "' is already on row " + first);
            } else if (taken.getOrDefault(h.communityId(), Map.of()).containsKey(h.ref())) {
                cells.problem("household_ref", "the community already has a household '" + h.ref() + "'");
            }
        }
    }
}
