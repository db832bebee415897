package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.doorstep.app.ApiClient;
import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestAccounts;
import org.doorstep.app.TestClock;
import org.doorstep.app.account.AccountService;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Places;
import org.doorstep.app.registry.RegistryService;
import org.doorstep.app.visit.VisitWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;

/**
 * The community worker's visits page in a browser: past the due day every resident of the month's plan is overdue; a
 * visit that finds nobody at home leaves the list as it is, a visit that sees the resident takes them off it.
 */
@DoorstepTest
@Import(TestClock.class)
class WorkerJourneyIT {

    /** Past the default due day (the 20th) of {@link TestClock#TODAY}'s month. */
    private static final Duration PAST_THE_DUE_DAY = Duration.ofDays(10);

    @Autowired
    Places places;

    @Autowired
    RegistryService registry;

    @Autowired
    AccountService accountService;

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;

    Browser browser;

    @AfterEach
    void close() {
        clock.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aWorkerRecordsAVisitAndTheOverdueListShrinks() {
        VisitWorld world = new VisitWorld(places, registry);
        TestAccounts accounts = new TestAccounts(accountService, port);
        String worker = accounts.createUser(Role.COMMUNITY_WORKER, Set.of(world.communityC), Set.of(), Set.of());
        YearMonth month = YearMonth.from(TestClock.TODAY);
        assertThat(accounts.signIn(worker, TestAccounts.PASSWORD)
                        .post("/api/visits/plans", Map.of("communityId", world.communityC, "month", month.toString()))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        clock.advance(PAST_THE_DUE_DAY);
        ApiClient api = accounts.signIn(worker, TestAccounts.PASSWORD);
        List<Integer> overdueBefore = overduePlans(api, world.communityC);
        assertThat(overdueBefore).isNotEmpty();

        browser = Browser.open(port);
        browser.signIn(worker, TestAccounts.PASSWORD);
        browser.get("/worker/visits");
        assertThat(shownOverdue()).isEqualTo(overdueBefore.size());
        WebElement first = browser.driver().findElement(By.cssSelector("#overdue tbody tr"));
        String planId = first.getAttribute("data-plan-id");
        assertThat(Integer.valueOf(planId)).isEqualTo(overdueBefore.get(0));

        recordVisit(planId, "NOT_AT_HOME", 1);
        assertThat(shownOverdue()).as("nobody at home: still overdue").isEqualTo(overdueBefore.size());

        recordVisit(planId, "VISITED", 2);
        browser.waitUntil(d -> shownOverdue() == overdueBefore.size() - 1);
        assertThat(browser.driver().findElements(By.cssSelector("#overdue tbody tr[data-plan-id='" + planId + "']")))
                .as("the visited resident has left the overdue list")
                .isEmpty();
        assertThat(browser.driver()
                        .findElements(By.cssSelector("#plans tbody tr[data-plan-id='" + planId + "'] button")))
                .as("a visited plan offers no second visit")
                .isEmpty();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("worker-visit-recorded");
        browser.assertNoConsoleErrors();
        assertThat(overduePlans(api, world.communityC)).doesNotContain(Integer.valueOf(planId));
    }

    /** Fills the form of the overdue row's plan and waits until the page has saved it and reloaded the lists. */
    private void recordVisit(String planId, String outcome, int saves) {
        browser.driver()
                .findElement(By.cssSelector("#overdue tbody tr[data-plan-id='" + planId + "'] button"))
                .click();
        WebElement form = browser.driver().findElement(By.id("visit-form"));
        assertThat(form.isDisplayed()).isTrue();
        new Select(browser.driver().findElement(By.id("outcome"))).selectByValue(outcome);
        browser.driver().findElement(By.id("health")).sendKeys("血压平稳");
        browser.driver().findElement(By.id("needs")).sendKeys("需要助餐");
        browser.driver().findElement(By.id("add-follow-up")).click();
        browser.driver().findElement(By.cssSelector("#follow-ups .task")).sendKeys("联系助餐点");
        LocalDate due = TestClock.TODAY.plusDays(PAST_THE_DUE_DAY.toDays() + 3);
        browser.script(
                "arguments[0].value = arguments[1]",
                browser.driver().findElement(By.cssSelector("#follow-ups .due")),
                due.toString());
        browser.driver().findElement(By.id("save-visit")).click();
        browser.waitUntil(d -> String.valueOf(saves).equals(form.getAttribute("data-saved")));
    }

    private int shownOverdue() {
        WebElement badge = browser.waitUntil(d -> d.findElement(By.cssSelector("#overdue-count[data-count]")));
        return Integer.parseInt(badge.getAttribute("data-count"));
    }

    private static List<Integer> overduePlans(ApiClient api, long community) {
        return JsonPath.read(
                api.get("/api/visits/overdue?communityId=" + community).getBody(), "$[*].planId");
    }
}
