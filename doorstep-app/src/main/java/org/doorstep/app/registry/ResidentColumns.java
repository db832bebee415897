package org.doorstep.app.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import org.doorstep.app.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The only place where residents cross between plain and stored form: values are encrypted and hashed on the way in
 * and decrypted on the way out, so that no query can write a plain ID number, phone or health note by mistake.
 */
@Component
class ResidentColumns {

    /** The columns a resident is read from, with {@code r} for {@code resident}. */
    static final String SELECT = "select r.id, r.household_id, r.community_id, r.name, r.id_number_enc, r.phone_enc,"
            + " r.birth_date, r.sex, r.difficulty_kind_enc, r.health_notes_enc from resident r";

    /** The columns written, as named parameters of {@link #parameters(ResidentRow)}. */
    static final String WRITTEN = "household_id, community_id, name, id_number_enc, id_number_hash, phone_enc,"
            + " phone_hash, birth_date, sex, difficulty_kind_enc, health_notes_enc";

    private final PersonalDataCipher cipher;

    ResidentColumns(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /** The look-up hash of an ID number, as stored in {@code id_number_hash}. */
    String idHash(String idNumber) {
        return cipher.lookupHash(idNumber);
    }

    /** The stored values of a resident, one named parameter per column of {@link #WRITTEN}. */
    MapSqlParameterSource parameters(ResidentRow row) {
        ResidentData d = row.data();
        return new MapSqlParameterSource()
                .addValue("household_id", row.householdId())
                .addValue("community_id", row.communityId())
                .addValue("name", d.name())
                .addValue("id_number_enc", cipher.encrypt(d.idNumber()))
                .addValue("id_number_hash", cipher.lookupHash(d.idNumber()))
                .addValue("phone_enc", encrypt(d.phone()))
                .addValue("phone_hash", d.phone() == null ? null : cipher.lookupHash(d.phone()))
                .addValue("birth_date", d.birthDate())
                .addValue("sex", d.sex().name())
                .addValue("difficulty_kind_enc", encrypt(d.difficultyKind()))
                .addValue("health_notes_enc", encrypt(d.healthNotes()));
    }

    /** A resident read with {@link #SELECT}, without its groups (they are another table's). */
    Resident resident(ResultSet rs, int row) throws SQLException {
        ResidentData data = new ResidentData(
                rs.getString("name"),
                cipher.decrypt(rs.getString("id_number_enc")),
                decrypt(rs.getString("phone_enc")),
                rs.getObject("birth_date", java.time.LocalDate.class),
                Sex.valueOf(rs.getString("sex")),
                Set.of(),
                decrypt(rs.getString("difficulty_kind_enc")),
                decrypt(rs.getString("health_notes_enc")));
        return new Resident(rs.getLong("id"), rs.getLong("household_id"), rs.getLong("community_id"), data);
    }

    private @Nullable String encrypt(@Nullable String plain) {
        return plain == null ? null : cipher.encrypt(plain);
    }

    private @Nullable String decrypt(@Nullable String stored) {
        return stored == null ? null : cipher.decrypt(stored);
    }
}
