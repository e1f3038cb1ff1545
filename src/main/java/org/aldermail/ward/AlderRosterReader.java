package org.aldermail.ward;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads the alder roster in either of its two published forms: our curated CSV
 * ({@code ward,alder,email,phone,office_address,source,as_of}) or the City's Ward Offices JSON
 * (as served at data.cityofchicago.org/resource/c6ie-9e6c.json), chosen by the file extension.
 */
public final class AlderRosterReader {

    private static final Pattern PLAUSIBLE_EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[A-Za-z]{2,}$");

    private AlderRosterReader() {}

    public static Map<Integer, Alder> read(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        try {
            List<Alder> rows = name.endsWith(".json") ? readCityJson(file) : readCsv(file);
            return validate(rows, file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof WardMapException known) {
                throw known;
            }
            throw new WardMapException("Alder roster " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Alder> readCsv(Path file) throws IOException {
        List<Alder> rows = new ArrayList<>();
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            int line = 1;
            while (it.hasNext()) {
                line++;
                Map<String, String> row = it.next();
                String where = "Alder roster " + file + ", line " + line;
                String name = required(row, "alder", where);
                rows.add(new Alder(
                        ward(required(row, "ward", where), where),
                        name,
                        AlderNames.surnameOfDisplayName(name),
                        required(row, "email", where),
                        row.getOrDefault("phone", "").trim(),
                        row.getOrDefault("office_address", "").trim(),
                        date(required(row, "as_of", where), where)));
            }
        }
        return rows;
    }

    private static List<Alder> readCityJson(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new WardMapException("Alder roster " + file + " is not a JSON array of Ward Offices records");
        }
        LocalDate captured = Files.getLastModifiedTime(file)
                .toInstant()
                .atZone(ZoneId.of("America/Chicago"))
                .toLocalDate();
        List<Alder> rows = new ArrayList<>();
        int index = 0;
        for (JsonNode record : root) {
            String where = "Alder roster " + file + ", record " + index++;
            String surnameFirst = text(record, "alderman", where);
            String office = String.join(
                    ", ",
                    nonBlank(
                            record.path("address").asText(""),
                            record.path("city").asText("Chicago"),
                            (record.path("state").asText("IL") + " "
                                            + record.path("zipcode").asText(""))
                                    .trim()));
            rows.add(new Alder(
                    ward(text(record, "ward", where), where),
                    AlderNames.fromSurnameFirst(surnameFirst),
                    AlderNames.surnameOfSurnameFirst(surnameFirst),
                    text(record, "email", where),
                    record.path("ward_phone").asText("").trim(),
                    office,
                    captured));
        }
        return rows;
    }

    private static Map<Integer, Alder> validate(List<Alder> rows, Path file) {
        Map<Integer, Alder> byWard = new TreeMap<>();
        for (Alder alder : rows) {
            if (!PLAUSIBLE_EMAIL.matcher(alder.email()).matches()) {
                throw new WardMapException("Alder roster " + file + ": ward " + alder.ward() + " email '"
                        + alder.email() + "' is not a plausible address");
            }
            if (byWard.put(alder.ward(), alder) != null) {
                throw new WardMapException(
                        "Alder roster " + file + ": ward " + alder.ward() + " appears more than once");
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= WardMapReader.WARD_COUNT; n++) {
            if (!byWard.containsKey(n)) {
                missing.add(n);
            }
        }
        if (!missing.isEmpty()) {
            throw new WardMapException("Alder roster " + file + " has no row for ward(s) " + missing);
        }
        return Map.copyOf(byWard);
    }

    private static String required(Map<String, String> row, String column, String where) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new WardMapException(where + ": column '" + column + "' is empty or missing");
        }
        return value.trim();
    }

    private static String text(JsonNode record, String field, String where) {
        String value = record.path(field).asText("").trim();
        if (value.isEmpty()) {
            throw new WardMapException(where + ": field '" + field + "' is empty or missing");
        }
        return value;
    }

    private static int ward(String text, String where) {
        try {
            int ward = Integer.parseInt(text.trim());
            if (ward >= 1 && ward <= WardMapReader.WARD_COUNT) {
                return ward;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the same message as an out-of-range number
        }
        throw new WardMapException(
                where + ": ward '" + text + "' is not a number from 1 to " + WardMapReader.WARD_COUNT);
    }

    private static LocalDate date(String text, String where) {
        try {
            return text.length() == 7 ? LocalDate.parse(text + "-01") : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new WardMapException(where + ": as_of '" + text + "' is not a date (YYYY-MM-DD or YYYY-MM)");
        }
    }

    private static String[] nonBlank(String... parts) {
        return Arrays.stream(parts).map(String::trim).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
