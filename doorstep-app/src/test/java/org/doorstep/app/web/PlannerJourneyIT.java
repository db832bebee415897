package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.planning.Bbox;
import org.doorstep.app.planning.BuildingAccessPage;
import org.doorstep.app.planning.BuildingAccessRow;
import org.doorstep.app.planning.EvaluationService;
import org.doorstep.app.planning.SmallCity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Browser journeys on a small generated city: a planner runs an evaluation from the map page, follows its progress
 * and sees the blind spots; every page of every role at 375 px wide, by keyboard, without console errors.
 */
@DoorstepTest
class PlannerJourneyIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    EvaluationService evaluations;

    @LocalServerPort
    int port;

    SmallCity.Seeded city;
    TestAccounts accounts;
    Browser browser;

    @BeforeEach
    void open() {
        city = SmallCity.seed(context, TestClock.TODAY);
        accounts = new TestAccounts(accountService, port);
        browser = Browser.open(port);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void plannerRunsAnEvaluationAndSeesBlindSpotsOnTheMap() {
        String planner = accounts.createUser(Role.PLANNER, Set.of(city.cityId()), Set.of(), Set.of());
        browser.signIn(planner, TestAccounts.PASSWORD);
        browser.get("/planner");
        browser.waitUntil(d -> d.findElement(By.cssSelector("#map .leaflet-overlay-pane canvas")));
        browser.driver().findElement(By.id("evaluate")).click();
        browser.waitUntil(d -> "DONE".equals(d.findElement(By.id("progress")).getAttribute("data-status")));
        WebElement blindSpots = browser.waitUntil(d -> d.findElement(By.cssSelector("#blindspots[data-count]")));

        long runId = Long.parseLong(new Select(browser.driver().findElement(By.id("run")))
                .getFirstSelectedOption()
                .getAttribute("value"));
        AccessScope scope = AccessScope.of(0, planner, Role.PLANNER, Set.of(city.cityId()), Set.of(), Set.of());
        // The page's totals (summed from its communities' rows) against the whole layer, building by building.
        BuildingAccessPage everywhere = evaluations.listBuildingAccess(
                scope, runId, "elderly_care", new Bbox(-180, -90, 180, 90), 15, Integer.MAX_VALUE, 0);
        long expected = everywhere.numberMatched();
        long residents = everywhere.rows().stream()
                .map(BuildingAccessRow::residents)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
        assertThat(expected).isPositive();
        assertThat(Long.parseLong(blindSpots.getAttribute("data-count"))).isEqualTo(expected);
        assertThat(Long.parseLong(blindSpots.getAttribute("data-residents"))).isEqualTo(residents);
        assertThat(blindSpots.getText()).contains(String.valueOf(expected), String.valueOf(residents));
        // The layer draws one page of the view's blind spots.
        WebElement shown = browser.waitUntil(d -> d.findElement(By.cssSelector("#blindspots-shown[data-count]")));
        long inViewBlind = evaluations
                .listBuildingAccess(scope, runId, "elderly_care", Bbox.parse(shown.getAttribute("data-bbox")), 15, 1, 0)
                .numberMatched();
        assertThat(Long.parseLong(shown.getAttribute("data-matched"))).isEqualTo(inViewBlind);
        assertThat(Long.parseLong(shown.getAttribute("data-count"))).isEqualTo(Math.min(inViewBlind, 5000));
        assertThat(browser.driver().findElements(By.cssSelector("#coverage tbody tr")))
                .isNotEmpty();
        browser.screenshot("planner-blind-spots");

        // Zoomed in by keyboard, the map draws the view's buildings with their walking times, by box.
        WebElement map = browser.driver().findElement(By.id("map"));
        map.click();
        WebElement buildings = browser.driver().findElement(By.id("buildings"));
        for (int press = 0; press < 6 && buildings.getAttribute("data-count") == null; press++) {
            map.sendKeys("+");
            sleepForTheMapToSettle();
        }
        browser.waitUntil(d -> buildings.getAttribute("data-count") != null);
        Bbox view = Bbox.parse(buildings.getAttribute("data-bbox"));
        long inView = evaluations
                .listBuildingAccess(scope, runId, "elderly_care", view, null, 1, 0)
                .numberMatched();
        assertThat(inView).isPositive();
        assertThat(Long.parseLong(buildings.getAttribute("data-count"))).isEqualTo(Math.min(inView, 5000));
        browser.screenshot("planner-buildings");
        browser.assertNoConsoleErrors();
    }

    @Test
    void everyPageWorksAt375PixelsAndByKeyboard() {
        SmallCity.evaluated(context, TestClock.TODAY);
        record Visit(String username, List<String> pages) {}
        List<Visit> visits = List.of(
                new Visit(
                        accounts.createUser(Role.PLANNER, Set.of(city.cityId()), Set.of(), Set.of()),
                        List.of("/planner", "/oversight")),
                new Visit(
                        accounts.createUser(Role.COMMUNITY_WORKER, Set.of(city.firstCommunityId()), Set.of(), Set.of()),
                        List.of("/worker", "/worker/visits", "/worker/requests")),
                new Visit(
                        accounts.createUser(Role.OPERATOR, Set.of(), Set.copyOf(city.operatedFacilityIds()), Set.of()),
                        List.of("/operator", "/operator/sessions", "/operator/meals", "/operator/work")),
                new Visit(
                        accounts.createUser(
                                Role.RESIDENT,
                                Set.of(),
                                Set.of(),
                                Set.of(city.households().get(0))),
                        List.of("/resident", "/resident/meals", "/resident/requests")));
        browser.width(375);
        for (Visit visit : visits) {
            browser.signIn(visit.username(), TestAccounts.PASSWORD);
            for (String page : visit.pages()) {
                browser.get(page);
                browser.waitUntil(d -> d.findElement(By.tagName("footer")));
                waitForScripts();
                assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                        .as("page width of " + page)
                        .isLessThanOrEqualTo(375L);
                assertKeyboardReachesMain(page);
                browser.screenshot("375" + page.replace('/', '-'));
                browser.assertNoConsoleErrors();
            }
            browser.driver().manage().deleteAllCookies();
        }
    }

    @Test
    void theLoginPageSpeaksChineseByDefaultAndEnglishOnRequest() {
        browser.get("/login");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        browser.get("/login?lang=en");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.get("/login");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        browser.assertNoConsoleErrors();
    }

    /** The first Tab lands on the skip link, which moves the focus to the page's main content. */
    private void assertKeyboardReachesMain(String page) {
        browser.script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).as("first focus on " + page).contains("skip");
        focused.sendKeys(Keys.ENTER);
        assertThat(browser.driver().getCurrentUrl()).endsWith("#main");
    }

    private void waitForScripts() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Leaflet's zoom animation and the layer's debounced reload take a moment after each key. */
    private static void sleepForTheMapToSettle() {
        try {
            Thread.sleep(600);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
