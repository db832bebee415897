package org.doorstep.app.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.place.Place;
import org.doorstep.app.place.Places;
import org.doorstep.app.tabular.ImportProblems;
import org.doorstep.app.tabular.ImportReport;
import org.doorstep.app.tabular.Table;
import org.doorstep.app.tabular.TableReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports candidate sites from CSV or XLSX, all or nothing, every row checked by {@link CandidateSiteRules} and its
 * community by code inside the importer's places.
 */
@Service
class CandidateSiteImport {

    static final String[] REQUIRED = {"community_code", "lon", "lat", "address"};

    private static final Map<String, String> COLUMNS = Map.of(
            "communityId", "community_code",
            "usableFloorArea_m2", "usable_floor_area_m2",
            "conversionCost_yuan", "conversion_cost_yuan",
            "availableFrom", "available_from");

    private final Places places;
    private final CandidateSiteRules rules;
    private final CandidateSiteRepository sites;

    CandidateSiteImport(Places places, CandidateSiteRules rules, CandidateSiteRepository sites) {
        this.places = places;
        this.rules = rules;
        this.sites = sites;
    }

    @Transactional
    public ImportReport importSites(String fileName, byte[] content, AccessScope scope) {
        CandidateSiteManagement.readable(scope);
        Table table = TableReader.read(fileName, content);
        ImportProblems problems = new ImportProblems(table.source());
        if (!table.requireColumns(problems, REQUIRED)) {
            problems.throwIfAny(table.rows().size());
        }
        CommunityCodes communities = new CommunityCodes(places, scope);
        List<NewCandidateSite> accepted = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            RowCells cells = new RowCells(table, row, problems);
            NewCandidateSite site = site(cells, communities);
            if (site != null) {
                rules.check(site, cells.faults(COLUMNS));
                accepted.add(site);
            }
        }
        problems.throwIfAny(table.rows().size());
        accepted.forEach(sites::insert);
        return ImportReport.accepted(table.source(), accepted.size());
    }

    private static @Nullable NewCandidateSite site(RowCells cells, CommunityCodes communities) {
        Place community = communities.resolve(cells, "community_code");
        Double lon = cells.number("lon", true);
        Double lat = cells.number("lat", true);
        String address = cells.required("address");
        Double area = cells.number("usable_floor_area_m2", false);
        Double cost = cells.number("conversion_cost_yuan", false);
        String availabilityText = cells.text("availability");
        SiteAvailability availability = availabilityText == null
                ? SiteAvailability.AVAILABLE
                : Values.parse(SiteAvailability.class, availabilityText, "availability", cells.faults(COLUMNS));
        LocalDate availableFrom = cells.date("available_from");
        if (community == null || lon == null || lat == null || address == null || availability == null) {
            return null;
        }
        return new NewCandidateSite(
                community.id(),
                lon,
                lat,
                address,
                area,
                cells.text("owner"),
                cost,
                availability,
                availableFrom,
                cells.text("notes"));
    }
}
