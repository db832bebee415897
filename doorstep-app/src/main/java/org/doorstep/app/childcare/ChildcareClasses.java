package org.doorstep.app.childcare;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which age group each childcare class (a booking session) is for. */
@Repository
class ChildcareClasses {

    private final JdbcClient jdbc;

    ChildcareClasses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long sessionId, String ageGroup) {
        jdbc.sql("insert into childcare_class (session_id, age_group) values (?, ?)")
                .params(sessionId, ageGroup)
                .update();
    }

    Optional<String> findAgeGroup(long sessionId) {
        return jdbc.sql("select age_group from childcare_class where session_id = ?")
                .param(sessionId)
                .query(String.class)
                .optional();
    }
}
