package org.aldermail.campaign;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.ValueResolvers;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aldermail.campaign.SectionFile.NumberedLine;

/**
 * Checks campaign text and parses it with Qute. Curly braces are reserved for the placeholders in
 * {@link Placeholders#NAMES}; anything else in braces, a lone brace or an empty {@code []} (the toolkit's "fill in
 * here") is reported with its line. The engine has no sections, no namespaces and no escaping: campaign text is
 * plain text and organizers cannot run logic in it.
 */
final class TextTemplates {

    private static final Engine ENGINE = Engine.builder()
            .addValueResolver(ValueResolvers.mapResolver())
            .strictRendering(true)
            .build();
    private static final Pattern BRACED = Pattern.compile("\\{([^{}]*)}");
    private static final String PLACEHOLDER_LIST =
            Placeholders.NAMES.stream().map(n -> "{" + n + "}").collect(Collectors.joining(", "));

    private TextTemplates() {}

    /**
     * Checks and parses text that may hold placeholders.
     *
     * @param what names the text in messages, e.g. "[letter]"
     * @return the template, or empty when an error was reported
     */
    static Optional<TextTemplate> parse(Path file, String what, List<NumberedLine> lines, FormatErrors errors) {
        int before = errors.size();
        for (NumberedLine line : lines) {
            checkBraces(file, what, line, true, errors);
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String source = String.join("\n", lines.stream().map(NumberedLine::text).toList());
        try {
            Template template = ENGINE.parse(source);
            TextTemplate parsed = new TextTemplate(source, template);
            parsed.render(Placeholders.SAMPLE);
            return Optional.of(parsed);
        } catch (TemplateException e) {
            int line = e.getOrigin() == null || lines.isEmpty()
                    ? 0
                    : lines.get(Math.min(Math.max(e.getOrigin().getLine(), 1), lines.size()) - 1)
                            .number();
            errors.add(file, line, what + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Checks text that is shown as written: it takes no placeholders, so it must hold no braces at all. */
    static void checkPlain(Path file, String what, List<NumberedLine> lines, FormatErrors errors) {
        for (NumberedLine line : lines) {
            checkBraces(file, what, line, false, errors);
        }
    }

    private static void checkBraces(
            Path file, String what, NumberedLine line, boolean placeholders, FormatErrors errors) {
        Matcher braced = BRACED.matcher(line.text());
        while (braced.find()) {
            String inside = braced.group(1);
            if (placeholders && Placeholders.NAMES.contains(inside)) {
                continue;
            }
            if (!placeholders) {
                errors.add(
                        file,
                        line.number(),
                        what + " is shown as written and fills no placeholders, so '{"
                                + inside + "}' would reach residents as is; curly braces are only for placeholders in"
                                + " [subjects], [letter] and the phone script");
            } else if (Placeholders.PERSONAL_NOTE.equals(inside.trim())) {
                errors.add(
                        file,
                        line.number(),
                        "{" + Placeholders.PERSONAL_NOTE + "} belongs in [letter] only, alone on its own line");
            } else if (Placeholders.NAMES.contains(inside.trim())) {
                errors.add(file, line.number(), "write {" + inside.trim() + "} without spaces inside the braces");
            } else {
                errors.add(
                        file,
                        line.number(),
                        "unknown placeholder {" + inside + "}" + suggestion(inside) + "; the placeholders are "
                                + PLACEHOLDER_LIST);
            }
        }
        String rest = BRACED.matcher(line.text()).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            errors.add(
                    file,
                    line.number(),
                    what + ": a lone '" + (rest.indexOf('{') >= 0 ? "{" : "}")
                            + "'; curly braces are only for placeholders such as {alder.surname}");
        }
        if (line.text().contains("[]")) {
            errors.add(
                    file,
                    line.number(),
                    what + ": '[]' looks like a blank left to fill in; use a placeholder"
                            + " such as {alder.surname} or {resident.name}");
        }
    }

    private static String suggestion(String inside) {
        String wanted = inside.trim().toLowerCase();
        List<String> endings = Placeholders.NAMES.stream()
                .filter(name -> name.endsWith("." + wanted))
                .toList();
        if (!endings.isEmpty()) {
            return " (did you mean "
                    + endings.stream()
                            .map(name -> "{" + name + "}")
                            .collect(Collectors.joining(", "))
                            .replaceFirst(", ([^,]*)$", " or $1")
                    + "?)";
        }
        return Placeholders.NAMES.stream()
                .filter(name -> distance(name, wanted) <= 3)
                .min(Comparator.comparingInt(name -> distance(name, wanted)))
                .map(name -> " (did you mean {" + name + "}?)")
                .orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
