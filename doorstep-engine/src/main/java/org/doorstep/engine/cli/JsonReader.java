package org.doorstep.engine.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A strict JSON parser (RFC 8259) for small input files such as a GeoJSON of candidate sites: objects become {@code
 * Map<String, @Nullable Object>} in document order, arrays {@code List<@Nullable Object>}, numbers {@code Double}, {@code null} a Java null.
 * Errors name the line and column. Not thread-safe; one instance per document.
 */
final class JsonReader {

    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /**
     * Parses a whole document.
     *
     * @throws IllegalArgumentException starting with {@code line L, column C:} and saying what was expected
     */
    static @Nullable Object parse(String text) {
        JsonReader reader = new JsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        Object value = reader.value();
        reader.skipSpace();
        if (reader.pos < reader.text.length()) {
            throw reader.error("unexpected text after the document");
        }
        return value;
    }

    private @Nullable Object value() {
        skipSpace();
        if (pos >= text.length()) {
            throw error("unexpected end of the document");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, @Nullable Object> object() {
        Map<String, @Nullable Object> members = new LinkedHashMap<>();
        pos++;
        if (peekAfterSpace() == '}') {
            pos++;
            return members;
        }
        do {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a member name in quotes");
            }
            String name = string();
            expect(':');
            members.put(name, value());
        } while (separator('}'));
        return members;
    }

    private List<@Nullable Object> array() {
        List<@Nullable Object> items = new ArrayList<>();
        pos++;
        if (peekAfterSpace() == ']') {
            pos++;
            return items;
        }
        do {
            items.add(value());
        } while (separator(']'));
        return items;
    }

    /** After an item: true at a comma (more follow), false at the closing bracket. */
    private boolean separator(char close) {
        char c = peekAfterSpace();
        pos++;
        if (c == ',') {
            return true;
        }
        if (c != close) {
            pos--;
            throw error("expected ',' or '" + close + "'");
        }
        return false;
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw error("control character in a string");
            }
            out.append(c == '\\' ? escape() : c);
        }
        throw error("a string is not closed");
    }

    private char escape() {
        if (pos >= text.length()) {
            throw error("a string is not closed");
        }
        char c = text.charAt(pos++);
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> throw error("unknown escape \\" + c);
        };
    }

    private char unicode() {
        if (pos + 4 > text.length()) {
            throw error("short \\u escape");
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw error("bad \\u escape");
        }
    }

    private Double number() {
        int start = pos;
        while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String token = text.substring(start, pos);
        if (!token.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            pos = start;
            throw error("expected a value");
        }
        return Double.valueOf(token);
    }

    private @Nullable Object literal(String word, @Nullable Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected a value");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c) {
        if (peekAfterSpace() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peekAfterSpace() {
        skipSpace();
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
    }

    private IllegalArgumentException error(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            column = text.charAt(i) == '\n' ? 1 : column + 1;
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return new IllegalArgumentException("line " + line + ", column " + column + ": " + problem);
    }
}
