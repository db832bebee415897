package org.doorstep.app.facility;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The facility types of {@code facility_type}, seeded by the migration: a short list, read on every use. */
@Repository
class FacilityTypes {

    private final JdbcClient jdbc;

    FacilityTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every type, by category then code. */
    List<FacilityType> list() {
        return jdbc.sql("select code, category, name_zh, name_en from facility_type order by category, code")
                .query(FacilityType.class)
                .list();
    }

    Optional<FacilityType> find(String code) {
        return jdbc.sql("select code, category, name_zh, name_en from facility_type where code = ?")
                .param(code)
                .query(FacilityType.class)
                .optional();
    }

    /** The codes of a category's types, for messages. */
    List<String> codesOf(String category) {
        return jdbc.sql("select code from facility_type where category = ? order by code")
                .param(category)
                .query(String.class)
                .list();
    }
}
