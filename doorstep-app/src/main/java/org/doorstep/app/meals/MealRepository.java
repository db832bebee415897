package org.doorstep.app.meals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Menus, orders and the ledger's sums. */
@Repository
class MealRepository {

    private static final String MENU =
            "select id, facility_id, served_on, meal, dishes, price_fen, servings, ordered" + " from meal_menu";

    private final JdbcClient jdbc;

    MealRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertMenu(long canteenId, LocalDate day, Meal meal, String dishes, int price_fen, int servings) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into meal_menu (facility_id, served_on, meal, dishes, price_fen, servings) values (?, ?, ?, ?, ?, ?)")
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

    MealLedger ledger(long canteenId, LocalDate day) {
        List<MealLedger.RuleLine> byRule = jdbc.sql("select subsidy_rule, count(*), sum(subsidy_fen) from meal_order"
                        + " where facility_id = ? and served_on = ? and subsidy_rule is not null group by subsidy_rule"
                        + " order by subsidy_rule")
                .params(canteenId, day)
                .query((rs, n) -> new MealLedger.RuleLine(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list();
        return jdbc.sql("select count(*), sum(case when home_delivery then 1 else 0 end), coalesce(sum(price_fen), 0),"
                        + " coalesce(sum(subsidy_fen), 0) from meal_order where facility_id = ? and served_on = ?")
                .params(canteenId, day)
                .query((rs, n) -> new MealLedger(
                        canteenId, day, rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), byRule))
                .single();
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
