package org.aldermail.geocode;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A CSV file with a header row, read as string arrays; columns are found by (trimmed, lower-case) name. */
final class CsvRows {

    private final Path file;
    private final Map<String, Integer> columns;
    private final List<String[]> rows;

    private CsvRows(Path file, Map<String, Integer> columns, List<String[]> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    static CsvRows read(Path file) {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(reader)) {
            if (!it.hasNext()) {
                throw new StreetDataException(file + " is empty");
            }
            String[] header = it.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                columns.putIfAbsent(header[i].replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT), i);
            }
            List<String[]> rows = new ArrayList<>();
            while (it.hasNext()) {
                rows.add(it.next());
            }
            return new CsvRows(file, columns, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StreetDataException known) {
                throw known;
            }
            throw new StreetDataException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The index of the first of these columns that the header has. */
    int column(String... names) {
        for (String name : names) {
            Integer index = columns.get(name);
            if (index != null) {
                return index;
            }
        }
        throw new StreetDataException(file + " has none of the columns " + String.join(", ", names));
    }

    List<String[]> rows() {
        return rows;
    }

    Path file() {
        return file;
    }

    static String cell(String[] row, int column) {
        return column < row.length ? row[column].trim() : "";
    }
}
