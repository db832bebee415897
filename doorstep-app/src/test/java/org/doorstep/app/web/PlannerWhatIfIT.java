package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.planning.SitingService;
import org.doorstep.app.planning.SmallCity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Browser journeys of the planner's what-if and siting panels on a small evaluated city: a facility added on the map
 * raises the coverage figure, and the recommended candidate sites are listed with the gains the siting service gives.
 */
@DoorstepTest
class PlannerWhatIfIT {

    /** The page's first category, which the small city has no facility of. */
    private static final String CATEGORY = "elderly_care";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accountService;

    @Autowired
    SitingService siting;

    @LocalServerPort
    int port;

    SmallCity.Evaluated city;
    String planner;
    Browser browser;

    @BeforeEach
    void open() {
        city = SmallCity.evaluated(context, TestClock.TODAY);
        planner = new TestAccounts(accountService, port)
                .createUser(Role.PLANNER, Set.of(city.city().cityId()), Set.of(), Set.of());
        browser = Browser.open(port);
        browser.signIn(planner, TestAccounts.PASSWORD);
        browser.get("/planner");
        browser.waitUntil(d -> d.findElement(By.cssSelector("#coverage tbody tr td.circles")));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void plannerAddsMovesAndClosesAFacilityInWhatIfModeAndSeesCoverageRiseAndFall() {
        assertThat(browser.driver().findElement(By.id("category")).getAttribute("value"))
                .isEqualTo(CATEGORY);
        browser.driver().findElement(By.id("whatif-toggle")).click();
        WebElement map = browser.driver().findElement(By.id("map"));
        new Actions(browser.driver()).moveToElement(map).click().perform();

        WebElement figures = browser.waitUntil(d -> d.findElement(By.cssSelector("#whatif-figures[data-after]")));
        long before = Long.parseLong(figures.getAttribute("data-before"));
        long after = Long.parseLong(figures.getAttribute("data-after"));
        assertThat(after).isGreaterThan(before);
        assertThat(figures.findElements(By.cssSelector("tbody tr"))).hasSize(3);
        assertThat(browser.driver().findElements(By.cssSelector(".whatif-pin"))).hasSize(1);
        assertThat(browser.driver().findElement(By.id("whatif-close")).isEnabled())
                .isTrue();
        browser.screenshot("planner-what-if");

        // Dragging the pin moves the facility: the next edit is a move.
        WebElement pin = browser.driver().findElement(By.cssSelector(".whatif-pin"));
        new Actions(browser.driver())
                .clickAndHold(pin)
                .moveByOffset(30, 20)
                .moveByOffset(30, 20)
                .release()
                .perform();
        browser.waitUntil(
                d -> "move".equals(d.findElement(By.id("whatif-figures")).getAttribute("data-kind")));

        browser.driver().findElement(By.id("whatif-close")).click();
        browser.waitUntil(d -> d.findElement(By.cssSelector("#whatif-figures"))
                .getAttribute("data-after")
                .equals(String.valueOf(before)));
        browser.assertNoConsoleErrors();
    }

    @Test
    void plannerSeesRecommendedSitesWithTheirGains() {
        browser.driver().findElement(By.id("siting-run")).click();
        WebElement list = browser.waitUntil(d -> d.findElement(By.cssSelector("#siting-list[data-count]")));

        AccessScope scope =
                AccessScope.of(0, planner, Role.PLANNER, Set.of(city.city().cityId()), Set.of(), Set.of());
        List<SitingService.Recommendation> expected = siting.recommend(
                        scope, city.city().cityId(), CATEGORY, 15, 3, null, null)
                .sites();
        List<WebElement> items = list.findElements(By.tagName("li"));
        assertThat(items).hasSize(expected.size()).isNotEmpty();
        for (int i = 0; i < items.size(); i++) {
            Double gain = expected.get(i).gainResidents();
            String shown = items.get(i).getAttribute("data-gain");
            if (gain == null) {
                assertThat(shown).isEmpty();
            } else {
                assertThat(Double.parseDouble(shown)).isCloseTo(gain, within(1e-6));
                assertThat(items.get(i).getText()).contains(String.valueOf(Math.round(gain)));
            }
        }
        assertThat(browser.driver().findElements(By.cssSelector(".siting-pin"))).hasSize(expected.size());
        browser.screenshot("planner-siting");
        browser.assertNoConsoleErrors();
    }
}
