package org.doorstep.engine.standards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A set of planning standard rules read from one standards file. The national default ships with the engine; a city's
 * local variant file replaces it whole (it lists every rule it keeps). Immutable and thread-safe.
 */
public final class StandardsCatalog {

    private static final String NATIONAL_DEFAULT = "cn-national-2023.tsv";

    private final String source;
    private final List<StandardRule> rules;

    private StandardsCatalog(String source, List<StandardRule> rules) {
        this.source = source;
        this.rules = List.copyOf(rules);
    }

    /** The national standards of standards.md ({@code cn-national-2023.tsv} on the class path). */
    public static StandardsCatalog nationalDefault() {
        InputStream in = StandardsCatalog.class.getResourceAsStream(NATIONAL_DEFAULT);
        if (in == null) {
            throw new IllegalStateException("missing class-path resource " + NATIONAL_DEFAULT);
        }
        return load(in, NATIONAL_DEFAULT);
    }

    /**
     * Reads a standards file (a city's local variant).
     *
     * @throws IllegalArgumentException naming the file, line, column and problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public static StandardsCatalog load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standards file " + file, e);
        }
    }

    /**
     * Reads a standards file from a stream, which is closed.
     *
     * @param sourceName the name errors cite, for example the file name
     */
    public static StandardsCatalog load(InputStream in, String sourceName) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new StandardsCatalog(sourceName, new StandardsParser(sourceName).parse(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standards from " + sourceName, e);
        }
    }

    /** The file the rules came from. */
    public String source() {
        return source;
    }

    /** All rules in file order. */
    public List<StandardRule> rules() {
        return rules;
    }

    /** The rules of one kind and level, in file order. */
    public List<StandardRule> rules(RuleKind kind, LifeCircleLevel level) {
        return rules.stream()
                .filter(r -> r.kind() == kind && r.level() == level)
                .toList();
    }

    /** The rule with this id. */
    public Optional<StandardRule> findRule(String ruleId) {
        return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
    }

    /**
     * The walking distance of a level: its {@link RuleKind#LEVEL} row.
     *
     * @throws IllegalArgumentException when the catalog has no such row with a distance
     */
    public double walkDistance_m(LifeCircleLevel level) {
        return rules(RuleKind.LEVEL, level).stream()
                .mapToDouble(StandardRule::walkDistance_m)
                .filter(d -> !Double.isNaN(d))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        source + " has no level row with walk_distance_m for " + level.code()));
    }

    /** The distance a facility rule is checked at: its own, else its level's. */
    public double checkDistance_m(StandardRule rule) {
        return Double.isNaN(rule.walkDistance_m()) ? walkDistance_m(rule.level()) : rule.walkDistance_m();
    }
}
