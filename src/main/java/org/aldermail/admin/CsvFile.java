package org.aldermail.admin;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A CSV file (RFC 4180, through Jackson's CSV writer): a header row, then the rows. A cell that a spreadsheet would
 * run as a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab, carriage return first) gets a leading apostrophe,
 * so a resident's typed name cannot become a formula in an organizer's spreadsheet.
 */
final class CsvFile {

    private static final CsvMapper CSV = new CsvMapper();

    private CsvFile() {}

    static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (SequenceWriter writer = CSV.writerFor(String[].class)
                .with(CsvSchema.emptySchema().withLineSeparator("\r\n"))
                .writeValues(out)) {
            writer.write(header.toArray(String[]::new));
            for (List<String> row : rows) {
                writer.write(row.stream().map(CsvFile::inert).toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell
                : cell;
    }
}
