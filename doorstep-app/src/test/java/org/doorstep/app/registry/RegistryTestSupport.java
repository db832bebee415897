package org.doorstep.app.registry;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.doorstep.app.DoorstepTest;
import org.doorstep.app.TestClock;
import org.doorstep.app.TestPrincipals;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.Role;
import org.doorstep.app.place.Places;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the registry's integration tests share: one application context (the same annotations on every class), a fixed
 * clock, a fresh {@link RegistryWorld} per class, and users of each role. The context and its database outlive a
 * class, so tests count rows before and after instead of expecting an empty database.
 */
@DoorstepTest
@AutoConfigureMockMvc
@Import(TestClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegistryTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Places places;

    @Autowired
    RegistryService registry;

    RegistryWorld world;

    AccessScope workerA;
    AccessScope workerB;
    AccessScope officer;
    AccessScope planner;
    AccessScope admin;

    @BeforeAll
    void createWorld() {
        world = new RegistryWorld(places);
        workerA = TestPrincipals.placeScope("worker-a", Role.COMMUNITY_WORKER, world.communityA);
        workerB = TestPrincipals.placeScope("worker-b", Role.COMMUNITY_WORKER, world.communityB);
        officer = TestPrincipals.placeScope("officer-1", Role.STREET_OFFICER, world.street1);
        planner = TestPrincipals.placeScope("planner", Role.PLANNER, world.district);
        admin = TestPrincipals.placeScope("admin", Role.ADMIN);
    }

    static RequestPostProcessor as(AccessScope scope) {
        return authentication(TestPrincipals.signedIn(scope));
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Audit rows of an action on a subject. */
    long audited(String action, String subjectKind, Object subjectId) {
        return jdbc.sql("select count(*) from audit_log where action = ? and subject_kind = ? and subject_id = ?")
                .params(action, subjectKind, subjectId.toString())
                .query(Long.class)
                .single();
    }
}
