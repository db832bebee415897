package org.doorstep.app.place;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Imports one city from the national division files: the city, its districts (all, or the ones asked for), their
 * streets and their communities. Communities are the urban village-level units ({@link CommitteeKind#urban()}) unless
 * villages are asked for too. Idempotent: a code already in the database is skipped and counted, so a second run
 * changes nothing and a later run can add villages or more districts. One transaction: all or nothing.
 */
@Service
class DivisionImport {

    /**
     * @param districts 6-digit district codes to import, null or empty for every district of the city
     * @param includeVillages also import villagers' committees (村委会) and units like them as communities
     */
    record Request(@Nullable String cityCode, @Nullable List<String> districts, @Nullable Boolean includeVillages) {}

    record Counts(int created, int skipped) {}

    /** @param villagesLeftOut village-level units of the chosen districts not imported because they are rural */
    record Result(
            String cityCode,
            String cityName,
            Counts cities,
            Counts districts,
            Counts streets,
            Counts communities,
            int villagesLeftOut) {}

    private final Places places;
    private final PlaceQueries queries;
    private final String directory;

    DivisionImport(Places places, PlaceQueries queries, @Value("${doorstep.divisions.dir}") String directory) {
        this.places = places;
        this.queries = queries;
        this.directory = directory;
    }

    @Transactional
    public Result importCity(Request request, AccessScope scope) {
        scope.requireRole(Role.ADMIN);
        String cityCode = cityCode(request);
        DivisionFiles files = DivisionFiles.open(directory);
        Division city = files.city(cityCode).orElseThrow(() -> badRequest("no city " + cityCode + " in cities.csv"));
        List<Division> districts = chosenDistricts(files.districts(cityCode), request.districts());
        Set<String> districtCodes = districts.stream().map(Division::code).collect(Collectors.toSet());
        boolean villages = Boolean.TRUE.equals(request.includeVillages());
        String cityName = cityName(city, files);

        Writer writer = new Writer(queries.idsByCodePrefix(cityCode));
        Counts cities = writer.add(PlaceLevel.CITY, List.of(new Division(city.code(), cityName, "")));
        Counts districtCounts = writer.add(PlaceLevel.DISTRICT, districts);
        Counts streets = writer.add(
                PlaceLevel.STREET,
                files.streets(cityCode).stream()
                        .filter(s -> districtCodes.contains(s.parentCode()))
                        .toList());
        Tally communities = new Tally();
        files.villages(cityCode, v -> {
            if (!districtCodes.contains(v.code().substring(0, 6))) {
                return;
            }
            if (villages || CommitteeKind.of(v.code()).urban()) {
                writer.add(PlaceLevel.COMMUNITY, v, communities);
            } else {
                communities.leftOut++;
            }
        });
        return new Result(
                cityCode, cityName, cities, districtCounts, streets, communities.counts(), communities.leftOut);
    }

    private static String cityCode(Request request) {
        String code = request.cityCode() == null ? "" : request.cityCode().trim();
        if (!code.matches("[0-9]{4}")) {
            throw badRequest("cityCode must be a 4-digit city code such as 3201, got '" + code + "'");
        }
        return code;
    }

    private static List<Division> chosenDistricts(List<Division> all, @Nullable List<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return all;
        }
        Set<String> known = new HashSet<>();
        all.forEach(d -> known.add(d.code()));
        for (String code : wanted) {
            if (!known.contains(code)) {
                throw badRequest("district " + code + " is not a district of this city (areas.csv has " + known.size()
                        + " for it)");
            }
        }
        return all.stream().filter(d -> wanted.contains(d.code())).toList();
    }

    /** The municipalities' city rows are named 市辖区 ("city districts") or 县: name them after the province. */
    private static String cityName(Division city, DivisionFiles files) {
        if (!city.name().equals("市辖区") && !city.name().equals("县")) {
            return city.name();
        }
        String province = files.province(city.parentCode()).map(Division::name).orElse(city.name());
        return city.name().equals("县") ? province + "（县）" : province;
    }

    private static ResponseStatusException badRequest(String message) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
    }

    private static final class Tally {
        private int created;
        private int skipped;
        private int leftOut;

        Counts counts() {
            return new Counts(created, skipped);
        }
    }

    /** Adds divisions below their parents, skipping codes already present; knows every id it has seen. */
    private final class Writer {
        private final Map<String, Long> ids;

        Writer(Map<String, Long> existing) {
            this.ids = existing;
        }

        Counts add(PlaceLevel level, List<Division> divisions) {
            Tally tally = new Tally();
            divisions.forEach(d -> add(level, d, tally));
            return tally.counts();
        }

        void add(PlaceLevel level, Division division, Tally tally) {
            if (ids.containsKey(division.code())) {
                tally.skipped++;
                return;
            }
            Long parentId = level == PlaceLevel.CITY ? null : ids.get(division.parentCode());
            if (level != PlaceLevel.CITY && parentId == null) {
                throw new IllegalStateException("the division files list " + division.code() + " below "
                        + division.parentCode() + ", which they do not define");
            }
            long id =
                    places.addPlace(new NewPlace(level, division.code(), division.name(), parentId, null, null, null));
            ids.put(division.code(), id);
            tally.created++;
        }
    }
}
