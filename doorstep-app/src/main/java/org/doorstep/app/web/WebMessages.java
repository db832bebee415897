package org.doorstep.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The messages the pages' scripts need, as a JSON object for a page to embed: every key with one of some prefixes
 * (such as {@code js.}) in the default message file, resolved for the user's language.
 */
@Component("webMessages")
class WebMessages {

    private final MessageSource messages;
    private final ObjectMapper json;
    private final List<String> keys;

    WebMessages(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
        this.keys = keys();
    }

    /** The messages whose keys start with one of the prefixes, as JSON keyed by the full key. */
    public String json(Locale locale, String... prefixes) {
        TreeMap<String, String> out = new TreeMap<>();
        for (String key : keys) {
            for (String prefix : prefixes) {
                if (key.startsWith(prefix)) {
                    out.put(key, messages.getMessage(key, null, key, locale));
                }
            }
        }
        try {
            // Safe inside a script element: no "</" can close it early.
            return json.writeValueAsString(out).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("messages cannot be written as JSON", e);
        }
    }

    private static List<String> keys() {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                new ClassPathResource("messages.properties").getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("messages.properties is missing", e);
        }
        return properties.stringPropertyNames().stream().sorted().toList();
    }
}
