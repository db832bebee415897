package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * Imports residents from a CSV or XLSX file with the columns {@code community_code, household_ref, name, id_number,
 * birth_date, sex} and optionally {@code phone, groups, difficulty_kind, health_notes}; the households must be
 * imported first. All or nothing: every row is checked first (the resident rules, households, ID numbers unique in
 * the file and in the database), and any fault refuses the file.
 */
@Service
class ResidentImport {

    static final String[] REQUIRED = {CommunityCodes.COLUMN, "household_ref", "name", "id_number", "birth_date", "sex"};

    private final Places places;
    private final CommunityScope scopes;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final AuditLog audit;
    private final RegistryClock clock;

    ResidentImport(
            Places places,
            CommunityScope scopes,
            HouseholdRepository households,
            ResidentRepository residents,
            AuditLog audit,
            RegistryClock clock) {
        this.places = places;
        this.scopes = scopes;
        this.households = households;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A parsed row: its cells, community and household ref, and its data where every cell could be read. */
    private record Parsed(
            ImportCells cells, @Nullable Long community, @Nullable String ref, @Nullable ResidentData data) {}

    @Transactional
    ImportReport importResidents(AccessScope scope, String fileName, byte[] content) {
        RegistryAccess.requireKeeper(scope);
        Table table = ImportCells.readTable(fileName, content, REQUIRED);
        CommunityCodes codes = new CommunityCodes(places, scopes, scope);
        LocalDate today = clock.today();
        List<Parsed> parsed = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            parsed.add(parse(new ImportCells(table, row), codes, today));
        }
        List<ResidentRow> rows = placeInHouseholds(parsed);
        checkUnique(parsed);
        ImportCells.refuseIfAny(table, parsed.stream().map(Parsed::cells).toList());
        List<Long> ids = residents.insertAll(rows);
        audit.recordEach(scope, AuditAction.IMPORT, ResidentService.SUBJECT, ids, RevealedResident.FIELDS, null);
        return ImportReport.accepted(fileName, ids.size());
    }

    private static Parsed parse(ImportCells cells, CommunityCodes codes, LocalDate today) {
        Long community = codes.resolve(cells);
        String ref = cells.required("household_ref");
        String name = cells.required("name");
        String idNumber = cells.required("id_number");
        LocalDate birthDate = cells.date("birth_date");
        Sex sex = cells.sex("sex");
        Set<SpecialGroup> groups = cells.groups("groups");
        if (name == null || idNumber == null || birthDate == null || sex == null) {
            return new Parsed(cells, community, ref, null);
        }
        ResidentData data = new ResidentData(
                name,
                idNumber,
                cells.optional("phone"),
                birthDate,
                sex,
                groups,
                cells.optional("difficulty_kind"),
                cells.optional("health_notes"));
        ResidentRules.problems(data, today).forEach(p -> cells.problem(p.field(), p.message()));
        return new Parsed(cells, community, ref, data);
    }

    /** The rows with their households' ids; a ref unknown in its community is a problem. */
    private List<ResidentRow> placeInHouseholds(List<Parsed> parsed) {
        Map<Long, Map<String, Long>> refs = households.idsByRef(parsed.stream()
                .map(Parsed::community)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<ResidentRow> rows = new ArrayList<>();
        for (Parsed p : parsed) {
            if (p.community() == null || p.ref() == null) {
                continue;
            }
            Long household = refs.getOrDefault(p.community(), Map.of()).get(p.ref());
            if (household == null) {
                p.cells()
                        .problem(
                                "household_ref",
                                "no household '" + p.ref() + "' in this community (import the households first)");
            } else if (p.data() != null) {
                rows.add(new ResidentRow(household, p.community(), p.data()));
            }
        }
        return rows;
    }

    /** ID numbers once in the file and not yet registered (in any community: a person is registered once). */
    private void checkUnique(List<Parsed> parsed) {
        Map<String, Integer> firstRow = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.data() == null) {
                continue;
            }
            Integer first = firstRow.putIfAbsent(p.data().idNumber(), p.cells().rowNumber());
            if (first != null) {
                p.cells().problem("id_number", "the same ID number as row " + first);
            }
        }
        Set<String> registered = residents.registeredIdNumbers(firstRow.keySet());
        for (Parsed p : parsed) {
            if (p.data() != null && registered.contains(p.data().idNumber())) {
                p.cells().problem("id_number", "already registered");
            }
        }
    }
}
