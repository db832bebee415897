package org.doorstep.app.ledger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.place.PlaceSql;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Ledger entries (insert and read only: the table refuses changes) and their monthly sums. */
@Repository
class LedgerRepository {

    /** Sums by kind over a month, for the facilities a condition selects ({@code e} is the entry, {@code f} its facility). */
    private static final String SUMS = "select count(distinct e.facility_id),"
            + " coalesce(sum(case when e.kind = 'FEE' then e.amount_fen else 0 end), 0),"
            + " coalesce(sum(case when e.kind = 'SUBSIDY' then e.amount_fen else 0 end), 0),"
            + " coalesce(sum(case when e.kind = 'COMMERCIAL_INCOME' then e.amount_fen else 0 end), 0),"
            + " coalesce(sum(case when e.kind = 'COST' then e.amount_fen else 0 end), 0)"
            + " from ledger_entry e join facility f on f.id = e.facility_id"
            + " where e.entry_date >= :from and e.entry_date < :to and ";

    private final JdbcClient jdbc;

    LedgerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long facilityId,
            LocalDate date,
            LedgerKind kind,
            long amount_fen,
            @Nullable String note,
            @Nullable Long reversesId,
            String recordedBy,
            OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into ledger_entry (facility_id, entry_date, kind, amount_fen, note, reverses_id, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(facilityId, date, kind.name(), amount_fen, note, reversesId, recordedBy, at)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    boolean facilityExists(long facilityId) {
        return jdbc.sql("select count(*) from facility where id = ?")
                        .param(facilityId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<LedgerEntry> find(long id) {
        return jdbc.sql("select * from ledger_entry where id = ?")
                .param(id)
                .query(LedgerRepository::entry)
                .optional();
    }

    boolean isReversed(long id) {
        return jdbc.sql("select count(*) from ledger_entry where reverses_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<LedgerEntry> listEntries(long facilityId, YearMonth month) {
        return jdbc.sql("select * from ledger_entry where facility_id = ? and entry_date >= ? and entry_date < ?"
                        + " order by entry_date, id")
                .params(facilityId, month.atDay(1), month.plusMonths(1).atDay(1))
                .query(LedgerRepository::entry)
                .list();
    }

    MonthlyBalance facilityBalance(long facilityId, YearMonth month) {
        return sums(facilityId, month, "e.facility_id = :id", Map.of("id", facilityId));
    }

    /** The sums of every facility in a community at or below the place. */
    MonthlyBalance placeBalance(long placeId, YearMonth month) {
        return sums(placeId, month, PlaceSql.atOrBelow("f.community_id", "place"), Map.of("place", placeId));
    }

    private MonthlyBalance sums(long id, YearMonth month, String condition, Map<String, Object> parameters) {
        return jdbc.sql(SUMS + condition)
                .param("from", month.atDay(1))
                .param("to", month.plusMonths(1).atDay(1))
                .params(parameters)
                .query((rs, row) -> {
                    long fees = rs.getLong(2);
                    long subsidies = rs.getLong(3);
                    long commercial = rs.getLong(4);
                    long costs = rs.getLong(5);
                    return new MonthlyBalance(
                            id,
                            month,
                            rs.getLong(1),
                            fees,
                            subsidies,
                            commercial,
                            costs,
                            fees + subsidies + commercial - costs);
                })
                .single();
    }

    private static LedgerEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new LedgerEntry(
                rs.getLong("id"),
                rs.getLong("facility_id"),
                rs.getObject("entry_date", LocalDate.class),
                LedgerKind.valueOf(rs.getString("kind")),
                rs.getLong("amount_fen"),
                rs.getString("note"),
                rs.getObject("reverses_id", Long.class),
                rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class));
    }
}
