package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.privacy.Unrecorded;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as other modules use it: a bulk load for the demo seeder, facts about a resident for eligibility
 * checks, and population counts for planning. Personal identifiers never leave through this service.
 */
@Service
public class RegistryService {

    private static final int MAX_PROBLEMS_SHOWN = 20;
    private static final List<String> FACT_FIELDS = List.of("community", "age", "groups");

    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final CommunityScope communities;
    private final PopulationQueries population;
    private final AuditLog audit;
    private final RegistryClock clock;

    RegistryService(
            HouseholdRepository households,
            ResidentRepository residents,
            CommunityScope communities,
            PopulationQueries population,
            AuditLog audit,
            RegistryClock clock) {
        this.households = households;
        this.residents = residents;
        this.communities = communities;
        this.population = population;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds households with their members in one transaction, in JDBC batches (100,000 residents take seconds), as a
     * system process outside any user's scope; the audit log records one bulk import. Every household and resident
     * must satisfy the rules a clerk's import does.
     *
     * @return the new households' ids, in the order given
     * @throws IllegalArgumentException naming each fault (household and member by index) and writing nothing
     */
    @Transactional
    public List<Long> addHouseholds(List<NewHousehold> newHouseholds) {
        LocalDate today = clock.today();
        List<String> problems = new ArrayList<>();
        checkHouseholds(newHouseholds, problems);
        checkMembers(newHouseholds, today, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.size() + " problems, nothing added: "
                    + String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_SHOWN))));
        }
        List<HouseholdData> data = newHouseholds.stream()
                .map(h -> new HouseholdData(h.communityId(), h.buildingId(), null, h.address(), null))
                .toList();
        List<Long> ids = households.insertAll(data);
        List<ResidentRow> rows = new ArrayList<>();
        for (int i = 0; i < newHouseholds.size(); i++) {
            for (NewResident member : newHouseholds.get(i).members()) {
                rows.add(new ResidentRow(ids.get(i), newHouseholds.get(i).communityId(), data(member)));
            }
        }
        residents.insertAll(rows);
        audit.recordSystem(
                "bulk-load",
                AuditAction.IMPORT,
                HouseholdService.SUBJECT,
                ids.size() + " households with " + rows.size() + " residents");
        return ids;
    }

    /**
     * What an eligibility check may know of a resident inside the scope (audited as a read); empty where the resident
     * does not exist or lies outside the scope.
     *
     * @throws org.doorstep.app.account.ScopeDeniedException for a role that never sees individuals
     */
    public Optional<ResidentFacts> findResidentFacts(AccessScope scope, long residentId) {
        scope.requireIndividuals();
        List<ResidentRepository.FactsLine> lines = audit.readAndRecord(
                scope,
                ResidentService.SUBJECT,
                FACT_FIELDS,
                ResidentRepository.factsQuery(scope, residentId),
                ResidentRepository.FactsLine::of);
        return ResidentRepository.facts(residentId, lines, clock.today());
    }

    /**
     * As {@link #findResidentFacts}, but the read's audit entry is left to the caller to record with what the read
     * leads to, in the same commit ({@link Unrecorded}): for booking, whose placement or refusal then writes both.
     *
     * @throws org.doorstep.app.account.ScopeDeniedException for a role that never sees individuals
     */
    public Optional<Unrecorded<ResidentFacts>> readResidentFacts(AccessScope scope, long residentId) {
        scope.requireIndividuals();
        Unrecorded<List<ResidentRepository.FactsLine>> read = audit.readToRecord(
                scope,
                ResidentService.SUBJECT,
                FACT_FIELDS,
                ResidentRepository.factsQuery(scope, residentId),
                ResidentRepository.FactsLine::of);
        return ResidentRepository.facts(residentId, read.value(), clock.today())
                .map(facts -> new Unrecorded<>(facts, read.read()));
    }

    /**
     * A resident's birth date inside the scope (audited as a read), for checks that count age in months (childcare
     * for under-3s); empty where the resident does not exist or lies outside the scope.
     *
     * @throws org.doorstep.app.account.ScopeDeniedException for a role that never sees individuals
     */
    @Transactional
    public Optional<LocalDate> findBirthDate(AccessScope scope, long residentId) {
        scope.requireIndividuals();
        return residents.findResident(scope, residentId).map(r -> {
            audit.record(scope, AuditAction.READ, ResidentService.SUBJECT, r.id(), List.of("birth_date"), null);
            return r.data().birthDate();
        });
    }

    /**
     * True where the household exists inside the scope: a check before reading anything of it elsewhere (no personal
     * data is read, so nothing is audited).
     */
    public boolean seesHousehold(AccessScope scope, long householdId) {
        return households.findHousehold(scope, householdId).isPresent();
    }

    /**
     * A household's address inside the scope (audited as a read), for home delivery; empty where the household does
     * not exist or lies outside the scope.
     *
     * @throws org.doorstep.app.account.ScopeDeniedException for a role that never sees individuals
     */
    @Transactional
    public Optional<String> findHouseholdAddress(AccessScope scope, long householdId) {
        scope.requireIndividuals();
        return households.findHousehold(scope, householdId).map(h -> {
            audit.record(scope, AuditAction.READ, HouseholdService.SUBJECT, h.id(), List.of("address"), null);
            return h.address();
        });
    }

    /**
     * What an eligibility check may know of every resident of a community in a special group, inside the scope, by id
     * (each audited as a read); empty where the community lies outside the scope. For duties such as the monthly
     * visits to elderly with special difficulties.
     *
     * @throws org.doorstep.app.account.ScopeDeniedException for a role that never sees individuals
     */
    @Transactional
    public List<ResidentFacts> listResidentFacts(AccessScope scope, long communityId, SpecialGroup group) {
        scope.requireIndividuals();
        LocalDate today = clock.today();
        ResidentFilter filter = new ResidentFilter(communityId, null, group, 0, Integer.MAX_VALUE);
        List<ResidentFacts> facts = residents.listResidents(scope, filter, today).stream()
                .sorted(java.util.Comparator.comparingLong(Resident::id))
                .map(r -> facts(r, today))
                .toList();
        audit.recordEach(
                scope,
                AuditAction.READ,
                ResidentService.SUBJECT,
                facts.stream().map(ResidentFacts::residentId).toList(),
                FACT_FIELDS,
                null);
        return facts;
    }

    /**
     * The registered population of each community, in the order given, unsuppressed: for system-level planning
     * inputs; whatever is shown to planners from it must suppress small counts.
     */
    public List<CommunityPopulation> populationByCommunity(Collection<Long> communityIds) {
        return population.populationByCommunity(communityIds, clock.today());
    }

    /**
     * The registered residents per age band and households of each building of these communities, unsuppressed,
     * for system-level planning inputs (the demand of an evaluation); buildings without households are absent.
     */
    public Map<Long, BuildingPopulation> populationByBuilding(Collection<Long> communityIds) {
        return population.populationByBuilding(communityIds, clock.today());
    }

    private void checkHouseholds(List<NewHousehold> newHouseholds, List<String> problems) {
        Set<Long> known = communities.communitiesAmong(
                newHouseholds.stream().map(NewHousehold::communityId).toList());
        Map<Long, Long> buildings = households.communitiesOfBuildings(newHouseholds.stream()
                .map(NewHousehold::buildingId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        for (int i = 0; i < newHouseholds.size(); i++) {
            NewHousehold h = newHouseholds.get(i);
            if (!known.contains(h.communityId())) {
                problems.add("household " + i + ": no community " + h.communityId());
            }
            HouseholdData data = new HouseholdData(h.communityId(), h.buildingId(), null, h.address(), null);
            for (FieldProblem p : HouseholdRules.problems(data, buildings.get(h.buildingId()))) {
                problems.add("household " + i + ", " + p.field() + ": " + p.message());
            }
        }
    }

    private void checkMembers(List<NewHousehold> newHouseholds, LocalDate today, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < newHouseholds.size(); i++) {
            List<NewResident> members = newHouseholds.get(i).members();
            for (int j = 0; j < members.size(); j++) {
                String where = "household " + i + ", member " + j;
                ResidentData data = data(members.get(j));
                ResidentRules.problems(data, today)
                        .forEach(p -> problems.add(where + ", " + p.field() + ": " + p.message()));
                String first = seen.putIfAbsent(data.idNumber(), where);
                if (first != null) {
                    problems.add(where + ", id_number: the same ID number as " + first);
                }
            }
        }
        Set<String> registered = residents.registeredIdNumbers(new HashSet<>(seen.keySet()));
        registered.forEach(number -> problems.add(seen.get(number) + ", id_number: already registered"));
    }

    private static ResidentFacts facts(Resident r, LocalDate today) {
        return ResidentFacts.of(
                r.id(),
                r.householdId(),
                r.communityId(),
                r.data().birthDate(),
                r.data().storedGroups(),
                today);
    }

    private static ResidentData data(NewResident r) {
        return new ResidentData(
                r.name(), r.idNumber(), r.phone(), r.birthDate(), r.sex(), r.groups(), r.difficultyKind(), null);
    }

    /**
     * The buildings of the households in the user's scope (a resident's home), for the resident's map; households
     * without a building are left out. No personal data, so no audit entry.
     */
    public List<Long> listHomeBuildings(AccessScope scope) {
        List<Long> buildings = new ArrayList<>();
        for (long householdId : scope.householdIds()) {
            households
                    .findHousehold(scope, householdId)
                    .map(Household::buildingId)
                    .ifPresent(buildings::add);
        }
        return buildings;
    }
}
