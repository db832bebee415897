package org.doorstep.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.doorstep.app.booking.ServiceKind;
import org.doorstep.app.registry.SpecialGroup;
import org.doorstep.app.request.RequestState;
import org.doorstep.app.visit.VisitOutcome;
import org.doorstep.engine.category.ServiceCategory;
import org.junit.jupiter.api.Test;

/** Both languages stay complete: the same keys, no empty values, and every key the templates name exists, with
 * a name for every service category and special group. */
class MessagesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

    @Test
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyValues() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        for (Properties messages : new Properties[] {zh, en}) {
            messages.forEach((key, value) ->
                    assertThat(value.toString().trim()).as(key.toString()).isNotEmpty());
        }
    }

    @Test
    void everyKeyTheTemplatesUseExistsAndEveryCategoryHasAName() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(template));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(keys).containsAll(used);
        for (ServiceCategory category : ServiceCategory.values()) {
            assertThat(keys).contains("category." + category.code());
        }
        for (SpecialGroup group : SpecialGroup.values()) {
            assertThat(keys).contains("group." + group.name());
        }
        for (ServiceKind kind : ServiceKind.values()) {
            assertThat(keys).contains("op.kind." + kind.name());
        }
        // The worker's pages name every visit outcome and request state by key.
        for (VisitOutcome outcome : VisitOutcome.values()) {
            assertThat(keys).contains("wk.outcome." + outcome.name());
        }
        for (RequestState state : RequestState.values()) {
            assertThat(keys).contains("wk.state." + state.name());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
