package org.doorstep.app.facility;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.tabular.ImportProblems;
import org.doorstep.app.tabular.ImportReport;
import org.doorstep.app.tabular.Table;
import org.doorstep.app.tabular.TableReader;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports facilities from CSV or XLSX, all or nothing: every row is read and checked by the same rules as the API
 * ({@link FacilityRules}), every fault reported with its row and column, and nothing is written unless there is none.
 * The columns are those of the export ({@link FacilityExport#HEADER}); {@code id} and the name columns are ignored.
 */
@Service
class FacilityImport {

    static final String[] REQUIRED = {
        "name", "category", "type", "community_code", "lon", "lat", "status", "operating_model"
    };

    /** The file's column for each field the rules name. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("typeCode", "type"),
            Map.entry("communityId", "community_code"),
            Map.entry("floorArea_m2", "floor_area_m2"),
            Map.entry("openingHours", "opening_hours"),
            Map.entry("operatingModel", "operating_model"),
            Map.entry("operatorId", "operator_credit_code"),
            Map.entry("osmRef", "osm_ref"));

    private final Places places;
    private final FacilityRules rules;
    private final FacilityRepository facilities;
    private final OperatorRepository operators;
    private final StatusChanges statusChanges;

    FacilityImport(
            Places places,
            FacilityRules rules,
            FacilityRepository facilities,
            OperatorRepository operators,
            StatusChanges statusChanges) {
        this.places = places;
        this.rules = rules;
        this.facilities = facilities;
        this.operators = operators;
        this.statusChanges = statusChanges;
    }

    @Transactional
    public ImportReport importFacilities(String fileName, byte[] content, AccessScope scope) {
        scope.requireRole(Role.ADMIN);
        Table table = TableReader.read(fileName, content);
        ImportProblems problems = new ImportProblems(table.source());
        if (!table.requireColumns(problems, REQUIRED)) {
            problems.throwIfAny(table.rows().size());
        }
        CommunityCodes communities = new CommunityCodes(places, scope);
        Map<String, Integer> firstRowOfName = new HashMap<>();
        List<NewFacility> accepted = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            RowCells cells = new RowCells(table, row, problems);
            NewFacility facility = facility(cells, communities);
            if (facility != null && unique(facility, cells, firstRowOfName)) {
                rules.check(facility, null, cells.faults(COLUMNS));
                accepted.add(facility);
            }
        }
        problems.throwIfAny(table.rows().size());
        for (NewFacility facility : accepted) {
            long id = facilities.insert(facility);
            statusChanges.record(id, null, facility.status(), scope.username(), "imported from " + table.source());
        }
        return ImportReport.accepted(table.source(), accepted.size());
    }

    /** The row's facility, or null where a cell could not be read (each such cell reported). */
    private @Nullable NewFacility facility(RowCells cells, CommunityCodes communities) {
        Faults faults = cells.faults(COLUMNS);
        String name = cells.required("name");
        String categoryCode = cells.required("category");
        ServiceCategory category = categoryCode == null ? null : Values.category(categoryCode, "category", faults);
        String type = cells.required("type");
        Place community = communities.resolve(cells, "community_code");
        Double lon = cells.number("lon", true);
        Double lat = cells.number("lat", true);
        Double area = cells.number("floor_area_m2", false);
        List<ServiceCapacity> capacity = capacity(cells);
        FacilityStatus status = coded(cells, FacilityStatus.class, "status", faults);
        OperatingModel model = coded(cells, OperatingModel.class, "operating_model", faults);
        Long operator = operator(cells);
        boolean unread = Stream.of(name, category, type, community, lon, lat, capacity, status, model)
                .anyMatch(Objects::isNull);
        if (unread || (operatorGiven(cells) && operator == null)) {
            return null;
        }
        return new NewFacility(
                category,
                type,
                name,
                community.id(),
                null,
                lon,
                lat,
                area,
                capacity,
                cells.text("opening_hours"),
                status,
                model,
                operator,
                cells.text("osm_ref"));
    }

    private static <E extends Enum<E>> @Nullable E coded(RowCells cells, Class<E> type, String column, Faults faults) {
        String text = cells.required(column);
        return text == null ? null : Values.parse(type, text, column, faults);
    }

    private static boolean operatorGiven(RowCells cells) {
        return cells.text("operator_credit_code") != null;
    }

    private @Nullable Long operator(RowCells cells) {
        String code = cells.text("operator_credit_code");
        if (code == null) {
            return null;
        }
        Long id = operators.findIdByCreditCode(code).orElse(null);
        if (id == null) {
            cells.problem("operator_credit_code", "no operator has credit code " + code + " (add the operator first)");
        }
        return id;
    }

    /** Capacity written as {@code kind:places; kind:places}; null with a problem where unreadable. */
    private static @Nullable List<ServiceCapacity> capacity(RowCells cells) {
        String text = cells.text("capacity");
        List<ServiceCapacity> capacity = new ArrayList<>();
        if (text == null) {
            return capacity;
        }
        for (String part : text.split(";")) {
            String[] kindAndPlaces = part.trim().split(":");
            if (part.isBlank()) {
                continue;
            }
            if (kindAndPlaces.length != 2 || !kindAndPlaces[1].trim().matches("[0-9]{1,9}")) {
                cells.problem("capacity", "'" + part.trim() + "' is not service_kind:places, as in day_care:30");
                return null;
            }
            capacity.add(new ServiceCapacity(kindAndPlaces[0].trim(), Integer.parseInt(kindAndPlaces[1].trim())));
        }
        return capacity;
    }

    /** False, with a problem, where an earlier row of the file has the same name in the same community. */
    private static boolean unique(NewFacility facility, RowCells cells, Map<String, Integer> firstRowOfName) {
        Integer first = firstRowOfName.putIfAbsent(facility.communityId() + "\u0000" + facility.name(), cells.number());
        if (first != null) {
            cells.problem(
                    "name", "'" + facility.name() + "' is already the name of row " + first + " in this community");
            return false;
        }
        return true;
    }
}
