package org.doorstep.engine.osm;

import static org.doorstep.engine.category.ServiceCategory.CHILDCARE;
import static org.doorstep.engine.category.ServiceCategory.CULTURE;
import static org.doorstep.engine.category.ServiceCategory.DELIVERY;
import static org.doorstep.engine.category.ServiceCategory.ELDERLY_CARE;
import static org.doorstep.engine.category.ServiceCategory.FITNESS;
import static org.doorstep.engine.category.ServiceCategory.HEALTH;
import static org.doorstep.engine.category.ServiceCategory.HOUSEKEEPING;
import static org.doorstep.engine.category.ServiceCategory.KINDERGARTEN;
import static org.doorstep.engine.category.ServiceCategory.MEALS;
import static org.doorstep.engine.category.ServiceCategory.PLAY;
import static org.doorstep.engine.category.ServiceCategory.SCHOOL;
import static org.doorstep.engine.category.ServiceCategory.SERVICE_CENTRE;
import static org.doorstep.engine.category.ServiceCategory.SHOPPING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.doorstep.engine.category.ServiceCategory;
import org.jspecify.annotations.Nullable;

/**
 * Which OSM tags make a place a facility of which {@link ServiceCategory}: the one table of the project. A place can
 * match several categories and then gives one facility row per category; within a category the first matching rule
 * (top to bottom) names the row's kind, the tag that matched, for example {@code amenity=pharmacy}.
 *
 * <table>
 * <caption>Facility rules</caption>
 * <tr><th>category</th><th>tag</th><th>only when</th></tr>
 * <tr><td>elderly_care</td><td>{@code social_facility=nursing_home|assisted_living|day_care|group_home}</td>
 *     <td>{@code amenity=social_facility} and {@code social_facility:for} has {@code senior} or {@code elderly}</td></tr>
 * <tr><td>elderly_care</td><td>{@code amenity=nursing_home} (old tagging), {@code healthcare=nursing_home}</td>
 *     <td></td></tr>
 * <tr><td>elderly_care</td><td>{@code name} containing 养老院, 敬老院, 老年公寓, 日间照料, 养老服务</td><td>a place (*)</td></tr>
 * <tr><td>childcare</td><td>{@code amenity=childcare}</td><td></td></tr>
 * <tr><td>childcare</td><td>{@code amenity=kindergarten}</td><td>{@code nursery=yes}, or {@code isced:level=0} with
 *     {@code min_age} below 3</td></tr>
 * <tr><td>childcare</td><td>{@code name} containing 托育, 托儿所</td><td>a place (*)</td></tr>
 * <tr><td>meals</td><td>{@code amenity=canteen}, {@code social_facility=food_bank|soup_kitchen}</td><td></td></tr>
 * <tr><td>meals</td><td>{@code name} containing 长者食堂, 老年食堂, 社区食堂, 助餐</td><td>a place (*)</td></tr>
 * <tr><td>meals, <b>fallback</b></td><td>{@code amenity=restaurant|fast_food|food_court}</td><td>flagged: a
 *     stand-in where no canteen is mapped</td></tr>
 * <tr><td>health</td><td>{@code amenity=clinic|doctors|hospital|dentist}, then {@code amenity=pharmacy} (its own
 *     kind)</td><td></td></tr>
 * <tr><td>health</td><td>{@code healthcare=*} except {@code pharmacy} (counted by {@code amenity=pharmacy}, which
 *     it accompanies) and {@code nursing_home} (elderly care)</td><td></td></tr>
 * <tr><td>health</td><td>{@code name} containing 社区卫生服务, 卫生服务站, 卫生室</td><td>a place (*)</td></tr>
 * <tr><td>housekeeping</td><td>{@code shop=laundry|dry_cleaning}, {@code office=property_management},
 *     {@code craft=*}</td><td>({@code shop=hardware} sells goods, not a service: not counted)</td></tr>
 * <tr><td>housekeeping</td><td>{@code name} containing 家政, 物业</td><td>a place (*)</td></tr>
 * <tr><td>delivery</td><td>{@code amenity=post_office|parcel_locker}, {@code shop=outpost}</td><td></td></tr>
 * <tr><td>delivery</td><td>{@code amenity=vending_machine}</td><td>{@code vending=parcel_pickup|parcel_mail_in}
 *     (lockers before {@code parcel_locker} existed)</td></tr>
 * <tr><td>delivery</td><td>{@code name} containing 菜鸟驿站, 快递, 丰巢</td><td>a place (*)</td></tr>
 * <tr><td>shopping</td><td>{@code shop=convenience|supermarket|greengrocer|grocery|butcher},
 *     {@code amenity=marketplace}</td><td>({@code shop=department_store} is not a daily need: not counted)</td></tr>
 * <tr><td>shopping</td><td>{@code name} containing 菜市场, 农贸市场, 菜场</td><td>a place (*)</td></tr>
 * <tr><td>fitness</td><td>{@code leisure=fitness_station|fitness_centre|sports_centre|pitch|track|sports_hall}</td>
 *     <td></td></tr>
 * <tr><td>culture</td><td>{@code amenity=community_centre|library|arts_centre|social_centre}</td><td></td></tr>
 * <tr><td>culture</td><td>{@code name} containing 文化活动中心, 文化活动室, 文化站</td><td>a place (*)</td></tr>
 * <tr><td>play</td><td>{@code leisure=playground}</td><td></td></tr>
 * <tr><td>kindergarten</td><td>{@code amenity=kindergarten}</td><td></td></tr>
 * <tr><td>school</td><td>{@code amenity=school}</td><td></td></tr>
 * <tr><td>service_centre</td><td>{@code community_centre=community_center}</td><td>{@code amenity=community_centre}
 *     </td></tr>
 * <tr><td>service_centre</td><td>{@code government=*}</td><td>{@code office=government} and {@code admin_level}
 *     8, 9 or 10 (street and community levels)</td></tr>
 * <tr><td>service_centre</td><td>{@code name} containing 社区服务, 党群服务, 居委会, 居民委员会 (社区服务中心 included)</td>
 *     <td>a place (*)</td></tr>
 * </table>
 *
 * <p>(*) Name rules are a documented heuristic for China, where such places are often mapped with a name and no
 * specific tag. They apply only to a place: an element that also has {@code amenity}, {@code shop}, {@code office},
 * {@code building}, {@code healthcare}, {@code social_facility}, {@code craft} or {@code leisure}, so that a street or a
 * bus stop named after a centre is not taken for it. Their kind is {@code name~<the matched word>}.
 *
 * <p>Stateless and thread-safe.
 */
final class FacilityTagTable {

    /** One facility row of a place: its category, the tag that made it one, and whether it is only a stand-in. */
    record Match(ServiceCategory category, String kind, boolean fallback) {}

    private static final Predicate<Tags> ALWAYS = tags -> true;
    private static final Set<String> PLACE_KEYS =
            Set.of("amenity", "shop", "office", "building", "healthcare", "social_facility", "craft", "leisure");

    // The table of the class comment, row by row; keep both in step.
    private static final List<Rule> RULES = List.of(
            tag(ELDERLY_CARE, "social_facility", "nursing_home", "assisted_living", "day_care", "group_home")
                    .when(t -> t.is("amenity", "social_facility") && forElderly(t)),
            tag(ELDERLY_CARE, "amenity", "nursing_home"),
            tag(ELDERLY_CARE, "healthcare", "nursing_home"),
            name(ELDERLY_CARE, "养老院", "敬老院", "老年公寓", "日间照料", "养老服务"),
            tag(CHILDCARE, "amenity", "childcare"),
            tag(CHILDCARE, "amenity", "kindergarten").when(FacilityTagTable::takesUnderThrees),
            name(CHILDCARE, "托育", "托儿所"),
            tag(MEALS, "amenity", "canteen"),
            tag(MEALS, "social_facility", "food_bank", "soup_kitchen"),
            name(MEALS, "长者食堂", "老年食堂", "社区食堂", "助餐"),
            tag(MEALS, "amenity", "restaurant", "fast_food", "food_court").asFallback(),
            tag(HEALTH, "amenity", "clinic", "doctors", "hospital", "dentist"),
            tag(HEALTH, "amenity", "pharmacy"),
            anyExcept(HEALTH, "healthcare", "pharmacy", "nursing_home"),
            name(HEALTH, "社区卫生服务", "卫生服务站", "卫生室"),
            tag(HOUSEKEEPING, "shop", "laundry", "dry_cleaning"),
            tag(HOUSEKEEPING, "office", "property_management"),
            anyExcept(HOUSEKEEPING, "craft"),
            name(HOUSEKEEPING, "家政", "物业"),
            tag(DELIVERY, "amenity", "post_office", "parcel_locker"),
            tag(DELIVERY, "shop", "outpost"),
            tag(DELIVERY, "amenity", "vending_machine")
                    .when(t -> t.is("vending", "parcel_pickup") || t.is("vending", "parcel_mail_in")),
            name(DELIVERY, "菜鸟驿站", "快递", "丰巢"),
            tag(SHOPPING, "shop", "convenience", "supermarket", "greengrocer", "grocery", "butcher"),
            tag(SHOPPING, "amenity", "marketplace"),
            name(SHOPPING, "菜市场", "农贸市场", "菜场"),
            tag(
                    FITNESS,
                    "leisure",
                    "fitness_station",
                    "fitness_centre",
                    "sports_centre",
                    "pitch",
                    "track",
                    "sports_hall"),
            tag(CULTURE, "amenity", "community_centre", "library", "arts_centre", "social_centre"),
            name(CULTURE, "文化活动中心", "文化活动室", "文化站"),
            tag(PLAY, "leisure", "playground"),
            tag(KINDERGARTEN, "amenity", "kindergarten"),
            tag(SCHOOL, "amenity", "school"),
            tag(SERVICE_CENTRE, "community_centre", "community_center").when(t -> t.is("amenity", "community_centre")),
            anyExcept(SERVICE_CENTRE, "government").when(FacilityTagTable::isLocalGovernment),
            name(SERVICE_CENTRE, "社区服务", "党群服务", "居委会", "居民委员会"));

    private static final Map<String, Rule[]> RULES_BY_KEY = byKey();

    private FacilityTagTable() {}

    /** The facility rows of a place, one per category in category order; empty when the tags describe no facility. */
    static List<Match> match(Tags tags) {
        int @Nullable [] best = null; // per category: index of the first matching rule, then of its tag
        for (int i = 0; i < tags.size(); i++) {
            Rule[] rules = RULES_BY_KEY.get(tags.key(i));
            for (int r = 0; rules != null && r < rules.length; r++) {
                Rule rule = rules[r];
                if (rule.matches(tags.value(i), tags)) {
                    best = best == null ? newBest() : best;
                    int c = rule.category.ordinal();
                    if (best[2 * c] < 0 || rule.order < best[2 * c]) {
                        best[2 * c] = rule.order;
                        best[2 * c + 1] = i;
                    }
                }
            }
        }
        return best == null ? List.of() : rows(best, tags);
    }

    private static int[] newBest() {
        int[] best = new int[2 * ServiceCategory.COUNT];
        Arrays.fill(best, -1);
        return best;
    }

    private static List<Match> rows(int[] best, Tags tags) {
        List<Match> rows = new ArrayList<>(2);
        for (int c = 0; c < ServiceCategory.COUNT; c++) {
            if (best[2 * c] >= 0) {
                Rule rule = RULES.get(best[2 * c]);
                rows.add(new Match(rule.category, rule.kind(tags.value(best[2 * c + 1])), rule.fallback));
            }
        }
        return rows;
    }

    private static boolean forElderly(Tags tags) {
        String groups = tags.get("social_facility:for");
        return groups != null && (listHas(groups, "senior") || listHas(groups, "elderly"));
    }

    private static boolean takesUnderThrees(Tags tags) {
        if (tags.is("nursery", "yes")) {
            return true;
        }
        String minAge = tags.get("min_age");
        return tags.is("isced:level", "0") && minAge != null && minAge.matches("[0-2]");
    }

    private static boolean isLocalGovernment(Tags tags) {
        String level = tags.get("admin_level");
        return tags.is("office", "government") && ("8".equals(level) || "9".equals(level) || "10".equals(level));
    }

    private static boolean listHas(String list, String wanted) {
        for (String item : list.split(";", -1)) {
            if (item.trim().equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static Rule tag(ServiceCategory category, String key, String... values) {
        return new Rule(-1, category, key, Set.of(values), Set.of(), List.of(), ALWAYS, false);
    }

    private static Rule anyExcept(ServiceCategory category, String key, String... except) {
        return new Rule(-1, category, key, Set.of(), Set.of(except), List.of(), ALWAYS, false);
    }

    private static Rule name(ServiceCategory category, String... words) {
        return new Rule(-1, category, "name", Set.of(), Set.of(), List.of(words), FacilityTagTable::isPlace, false);
    }

    private static boolean isPlace(Tags tags) {
        for (int i = 0; i < tags.size(); i++) {
            if (PLACE_KEYS.contains(tags.key(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Rule[]> byKey() {
        Map<String, List<Rule>> lists = new HashMap<>();
        for (int order = 0; order < RULES.size(); order++) {
            Rule rule = RULES.get(order).numbered(order);
            lists.computeIfAbsent(rule.key, k -> new ArrayList<>()).add(rule);
        }
        Map<String, Rule[]> arrays = new HashMap<>();
        lists.forEach((key, list) -> arrays.put(key, list.toArray(new Rule[0])));
        return arrays;
    }

    /**
     * One row of the table: a key, the values it takes (all but {@code except} when empty, or a name containing one of
     * {@code words}), a test on the other tags. {@code order} is the row number: the first matching row of a category
     * wins, whatever the order of the element's tags.
     */
    private record Rule(
            int order,
            ServiceCategory category,
            String key,
            Set<String> values,
            Set<String> except,
            List<String> words,
            Predicate<Tags> condition,
            boolean fallback) {

        Rule when(Predicate<Tags> extra) {
            return new Rule(order, category, key, values, except, words, condition.and(extra), fallback);
        }

        Rule asFallback() {
            return new Rule(order, category, key, values, except, words, condition, true);
        }

        Rule numbered(int row) {
            return new Rule(row, category, key, values, except, words, condition, fallback);
        }

        boolean matches(String value, Tags tags) {
            boolean valueMatches = words.isEmpty()
                    ? (values.isEmpty() ? !except.contains(value) : values.contains(value))
                    : word(value) != null;
            return valueMatches && condition.test(tags);
        }

        String kind(String value) {
            return words.isEmpty() ? key + "=" + value : "name~" + word(value);
        }

        private @Nullable String word(String name) {
            for (String word : words) {
                if (name.contains(word)) {
                    return word;
                }
            }
            return null;
        }
    }
}
