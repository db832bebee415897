package org.doorstep.app.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.privacy.AuditAction;
import org.doorstep.app.privacy.AuditLog;
import org.doorstep.app.tabular.TableWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Exports a community's residents as CSV or XLSX: masked (with age bands instead of birth dates) by default;
 * unmasked, in the columns of the resident import, only for a keeper of the registry who gives a reason. Every export
 * is audited, one row per resident.
 */
@Service
class ResidentExport {

    /** A file to download. */
    record ExportFile(String fileName, String mediaType, byte[] content) {}

    private static final List<String> MASKED_HEADER =
            List.of(CommunityCodes.COLUMN, "household_ref", "name", "id_number", "phone", "sex", "age_band", "groups");
    private static final List<String> UNMASKED_HEADER = List.of(
            CommunityCodes.COLUMN,
            "household_ref",
            "name",
            "id_number",
            "phone",
            "birth_date",
            "sex",
            "groups",
            "difficulty_kind",
            "health_notes");

    private final CommunityScope communities;
    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final AuditLog audit;
    private final RegistryClock clock;

    ResidentExport(
            CommunityScope communities,
            HouseholdRepository households,
            ResidentRepository residents,
            AuditLog audit,
            RegistryClock clock) {
        this.communities = communities;
        this.households = households;
        this.residents = residents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param format {@code csv} or {@code xlsx}
     * @param unmasked true to ask for plain values, which needs a keeper's role and a reason
     */
    @Transactional
    ExportFile exportResidents(
            AccessScope scope, long communityId, String format, boolean unmasked, @Nullable String reason) {
        scope.requireIndividuals();
        String why = unmasked ? requireUnmasking(scope, reason) : reason;
        String kind = format.toLowerCase(Locale.ROOT);
        if (!kind.equals("csv") && !kind.equals("xlsx")) {
            throw new ResponseStatusException(
                    HttpStatus.BAD_REQUEST, "format must be csv or xlsx, not '" + format + "'");
        }
        Place community = communities.requireCommunity(scope, communityId);
        String code = Objects.requireNonNullElse(community.code(), Long.toString(community.id()));
        LocalDate today = clock.today();
        List<Resident> everyone = residents.listResidents(scope, ResidentFilter.everyone(communityId), today);
        Map<Long, String> refs = households.listHouseholds(scope, communityId).stream()
                .collect(Collectors.toMap(Household::id, h -> Objects.requireNonNullElse(h.ref(), "")));
        List<List<String>> lines = everyone.stream()
                .map(r -> unmasked ? unmaskedLine(code, refs, r, today) : maskedLine(code, refs, r, today))
                .toList();
        List<String> fields = unmasked ? RevealedResident.FIELDS : MaskedResident.FIELDS;
        audit.recordEach(scope, AuditAction.EXPORT, ResidentService.SUBJECT, ids(everyone), fields, why);
        return file("residents-" + code + (unmasked ? "-unmasked." : ".") + kind, unmasked, lines);
    }

    private static ExportFile file(String name, boolean unmasked, List<List<String>> lines) {
        List<String> header = unmasked ? UNMASKED_HEADER : MASKED_HEADER;
        return name.endsWith(".csv")
                ? new ExportFile(name, "text/csv;charset=UTF-8", TableWriter.csv(header, lines))
                : new ExportFile(name, TableWriter.XLSX_MEDIA_TYPE, TableWriter.xlsx("residents", header, lines));
    }

    private static String requireUnmasking(AccessScope scope, @Nullable String reason) {
        RegistryAccess.requireKeeper(scope);
        return ResidentService.requireReason(reason);
    }

    private static List<String> maskedLine(String code, Map<Long, String> refs, Resident r, LocalDate today) {
        MaskedResident m = ResidentViews.masked(r, today);
        return List.of(
                code,
                refs.getOrDefault(r.householdId(), ""),
                m.name(),
                m.idNumber(),
                Objects.requireNonNullElse(m.phone(), ""),
                m.sex().name(),
                m.ageBand().label(),
                groups(m.groups()));
    }

    private static List<String> unmaskedLine(String code, Map<Long, String> refs, Resident r, LocalDate today) {
        RevealedResident v = ResidentViews.revealed(r, today);
        List<String> line =
                new ArrayList<>(List.of(code, refs.getOrDefault(r.householdId(), ""), v.name(), v.idNumber()));
        line.add(Objects.requireNonNullElse(v.phone(), ""));
        line.add(v.birthDate().toString());
        line.add(v.sex().name());
        line.add(groups(v.groups()));
        line.add(Objects.requireNonNullElse(v.difficultyKind(), ""));
        line.add(Objects.requireNonNullElse(v.healthNotes(), ""));
        return line;
    }

    private static String groups(java.util.Set<SpecialGroup> groups) {
        return groups.stream().sorted().map(SpecialGroup::name).collect(Collectors.joining(";"));
    }

    private static List<Long> ids(List<Resident> residents) {
        return residents.stream().map(Resident::id).toList();
    }
}
