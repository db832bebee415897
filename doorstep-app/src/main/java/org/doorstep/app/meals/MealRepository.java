package org.doorstep.app.meals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Menus, orders and the ledger's sums. */
@Repository
class MealRepository {

    private static final String MENU =
            "select id, facility_id, served_on, meal, dishes, price_fen, servings, ordered from meal_menu";

    private static final String ORDER = "select o.id, o.menu_id, o.facility_id, o.served_on, o.resident_id,"
            + " o.price_fen, o.subsidy_fen, o.subsidy_rule, o.home_delivery, o.delivery_address, o.cancelled_at,"
            + " m.meal, m.dishes from meal_order o join meal_menu m on m.id = o.menu_id";

    private final JdbcClient jdbc;

    MealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertMenu(long canteenId, LocalDate day, Meal meal, String dishes, int price_fen, int servings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meal_menu (facility_id, served_on, meal, dishes, price_fen, servings)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(canteenId, day, meal.name(), dishes, price_fen, servings)
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    Optional<Menu> findMenu(long id) {
        return jdbc.sql(MENU + " where id = ?")
                .param(id)
                .query(MealRepository::menu)
                .optional();
    }

    List<Menu> listMenus(long canteenId, LocalDate day) {
        return jdbc.sql(MENU + " where facility_id = ? and served_on = ? order by meal, id")
                .params(canteenId, day)
                .query(MealRepository::menu)
                .list();
    }

    /** Takes a serving if one is left: true when taken. */
    boolean takeServing(long menuId) {
        return jdbc.sql("update meal_menu set ordered = ordered + 1 where id = ? and ordered < servings")
                        .param(menuId)
                        .update()
                == 1;
    }

    boolean hasSubsidisedMeal(long residentId, LocalDate day) {
        return jdbc.sql("select count(*) from meal_order where resident_id = ? and subsidised_day = ?")
                        .params(residentId, day)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    long insertOrder(MealOrder o, long householdId, long communityId, long orderedBy, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into meal_order (menu_id, facility_id, served_on, resident_id, household_id, community_id,"
                        + " ordered_by, price_fen, subsidy_fen, subsidy_rule, subsidised_day, home_delivery,"
                        + " delivery_address, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        o.menuId(),
                        o.canteenId(),
                        o.day(),
                        o.residentId(),
                        householdId,
                        communityId,
                        orderedBy,
                        o.price_fen(),
                        o.subsidy_fen(),
                        o.subsidyRule(),
                        o.subsidyRule() == null ? null : o.day(),
                        o.homeDelivery(),
                        o.deliveryAddress(),
                        now.atOffset(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** An order as stored, with its menu's meal and dishes. */
    record OrderRow(MealOrder order, Meal meal, String dishes) {}

    Optional<OrderRow> findOrder(AccessScope scope, long id) {
        ScopeSql.Condition visible = MealAccess.visible(scope);
        return jdbc.sql(ORDER + " where o.id = :id and " + visible.sql())
                .param("id", id)
                .params(visible.parameters())
                .query(MealRepository::orderRow)
                .optional();
    }

    /** The orders the user sees of meals from the day on, by day, meal and id. */
    List<OrderRow> listOrders(AccessScope scope, LocalDate from) {
        ScopeSql.Condition visible = MealAccess.visible(scope);
        return jdbc.sql(ORDER + " where o.served_on >= :from and " + visible.sql()
                        + " order by o.served_on, m.meal, o.id")
                .param("from", from)
                .params(visible.parameters())
                .query(MealRepository::orderRow)
                .list();
    }

    /**
     * Marks the order cancelled and releases its subsidy (the unique index then frees the resident's subsidised day);
     * false where it was cancelled already.
     */
    boolean cancelOrder(long id, Instant now) {
        return jdbc.sql("update meal_order set cancelled_at = ?, subsidy_fen = 0, subsidy_rule = null,"
                                + " subsidised_day = null where id = ? and cancelled_at is null")
                        .params(now.atOffset(ZoneOffset.UTC), id)
                        .update()
                == 1;
    }

    /** Gives a serving back to the menu. */
    void releaseServing(long menuId) {
        jdbc.sql("update meal_menu set ordered = ordered - 1 where id = ?")
                .param(menuId)
                .update();
    }

    /** The canteen's ledger of every day from {@code from} to {@code to}, both included, days without meals too. */
    List<MealLedger> ledgers(long canteenId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<MealLedger.RuleLine>> byRule = new HashMap<>();
        jdbc.sql("select served_on, subsidy_rule, count(*), sum(subsidy_fen) from meal_order where facility_id = ?"
                        + " and served_on between ? and ? and subsidy_rule is not null and cancelled_at is null"
                        + " group by served_on, subsidy_rule order by served_on, subsidy_rule")
                .params(canteenId, from, to)
                .query((rs, n) -> byRule.computeIfAbsent(rs.getObject(1, LocalDate.class), d -> new ArrayList<>())
                        .add(new MealLedger.RuleLine(rs.getString(2), rs.getInt(3), rs.getLong(4))))
                .list();
        Map<LocalDate, long[]> totals = new HashMap<>();
        jdbc.sql("select served_on, count(*), sum(case when home_delivery then 1 else 0 end), sum(price_fen),"
                        + " sum(subsidy_fen) from meal_order where facility_id = ? and served_on between ? and ?"
                        + " and cancelled_at is null group by served_on")
                .params(canteenId, from, to)
                .query((rs, n) -> totals.put(
                        rs.getObject(1, LocalDate.class),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}))
                .list();
        List<MealLedger> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long[] sums = totals.getOrDefault(day, new long[4]);
            days.add(new MealLedger(
                    canteenId,
                    day,
                    (int) sums[0],
                    (int) sums[1],
                    sums[2],
                    sums[3],
                    List.copyOf(byRule.getOrDefault(day, List.of()))));
        }
        return days;
    }

    private static OrderRow orderRow(ResultSet rs, int n) throws SQLException {
        OffsetDateTime cancelled = rs.getObject("cancelled_at", OffsetDateTime.class);
        MealOrder order = new MealOrder(
                rs.getLong("id"),
                rs.getLong("menu_id"),
                rs.getLong("facility_id"),
                rs.getObject("served_on", LocalDate.class),
                rs.getLong("resident_id"),
                rs.getInt("price_fen"),
                rs.getInt("subsidy_fen"),
                rs.getString("subsidy_rule"),
                rs.getBoolean("home_delivery"),
                rs.getString("delivery_address"),
                cancelled == null ? null : cancelled.toInstant());
        return new OrderRow(order, Meal.valueOf(rs.getString("meal")), rs.getString("dishes"));
    }

    private static Menu menu(ResultSet rs, int n) throws SQLException {
        return new Menu(
                rs.getLong("id"),
                rs.getLong("facility_id"),
                rs.getObject("served_on", LocalDate.class),
                Meal.valueOf(rs.getString("meal")),
                rs.getString("dishes"),
                rs.getInt("price_fen"),
                rs.getInt("servings"),
                rs.getInt("ordered"));
    }
}
