package org.aldermail.campaign;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language file ({@code en.txt}, {@code es.txt}) cut into its sections. A line that is only {@code [name]} (a
 * lower-case word, hyphens allowed) starts section {@code name}; everything up to the next such line is its text.
 * Text before the first section is a free comment for organizers and translators.
 */
final class SectionFile {

    private static final Pattern MARKER = Pattern.compile("^\\[([a-z][a-z-]*)]\\s*$");

    /** One line of a file with its 1-based number, trailing spaces removed. */
    record NumberedLine(int number, String text) {}

    /**
     * A section's lines without the blank lines at its start and end.
     *
     * @param line the line of the {@code [name]} marker
     */
    record Section(String name, int line, List<NumberedLine> lines) {

        String text() {
            return String.join("\n", lines.stream().map(NumberedLine::text).toList());
        }

        boolean isBlank() {
            return lines.isEmpty();
        }

        /** The first line's number, or the marker's when the section is empty. */
        int firstLine() {
            return lines.isEmpty() ? line : lines.get(0).number();
        }
    }

    private final Path file;
    private final Map<String, Section> sections;

    private SectionFile(Path file, Map<String, Section> sections) {
        this.file = file;
        this.sections = sections;
    }

    Path file() {
        return file;
    }

    Optional<Section> section(String name) {
        return Optional.ofNullable(sections.get(name));
    }

    /** Reads the sections; an unknown or repeated section name is reported and its text ignored. */
    static SectionFile parse(Path file, String content, Set<String> known, FormatErrors errors) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String[] lines = content.split("\n", -1);
        String current = null;
        int currentLine = 0;
        List<NumberedLine> body = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            Matcher marker = i < lines.length ? MARKER.matcher(lines[i]) : null;
            if (i == lines.length || marker.matches()) {
                if (current != null) {
                    sections.put(current, new Section(current, currentLine, trimBlankLines(body)));
                }
                body = new ArrayList<>();
                current = null;
                if (i == lines.length) {
                    break;
                }
                String name = marker.group(1);
                if (!known.contains(name)) {
                    errors.add(
                            file,
                            i + 1,
                            "unknown section [" + name + "]; the sections are "
                                    + String.join(
                                            ", ",
                                            known.stream()
                                                    .map(k -> "[" + k + "]")
                                                    .toList()));
                } else if (sections.containsKey(name)) {
                    errors.add(
                            file,
                            i + 1,
                            "section [" + name + "] appears twice (first at line "
                                    + sections.get(name).line() + ")");
                } else {
                    current = name;
                    currentLine = i + 1;
                }
            } else if (current != null) {
                body.add(new NumberedLine(i + 1, lines[i].stripTrailing()));
            }
        }
        return new SectionFile(file, sections);
    }

    /** The lines without the blank ones at either end. */
    static List<NumberedLine> trimBlankLines(List<NumberedLine> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).text().isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).text().isBlank()) {
            to--;
        }
        return List.copyOf(lines.subList(from, to));
    }
}
