package org.aldermail.campaign;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aldermail.campaign.SectionFile.NumberedLine;
import org.aldermail.campaign.SectionFile.Section;
import org.aldermail.web.Language;

/** Reads one language file ({@code en.txt}, {@code es.txt}) into a {@link CampaignText}, reporting every mistake. */
final class LanguageFileReader {

    /** The sections, in the order the format's documentation and the shipped files list them. */
    static final List<String> SECTIONS = List.of(
            "title",
            "place",
            "why",
            "subjects",
            "letter",
            "closing",
            "footnotes",
            "phone",
            "phone-yes",
            "phone-no",
            "phone-unsure",
            "actions",
            "social");

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");
    private static final Pattern FOOTNOTE = Pattern.compile("^\\[(\\d{1,3})]\\s*(.*)$");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String MARKER = "{" + Placeholders.PERSONAL_NOTE + "}";
    private static final int MAX_TITLE = 120;
    private static final int MAX_SUBJECT = 150;
    private static final int MAX_LETTER = 20_000;

    private final Path file;
    private final SectionFile sections;
    private final FormatErrors errors;

    private LanguageFileReader(SectionFile sections, FormatErrors errors) {
        this.file = sections.file();
        this.sections = sections;
        this.errors = errors;
    }

    /** Empty when the text has errors (all of them reported). */
    static Optional<CampaignText> read(
            Path file, String content, Language language, boolean hasMeeting, FormatErrors errors) {
        int before = errors.size();
        SectionFile sections = SectionFile.parse(file, content, new LinkedHashSet<>(SECTIONS), errors);
        CampaignText text = new LanguageFileReader(sections, errors).text(language, hasMeeting);
        return errors.size() > before ? Optional.empty() : Optional.of(text);
    }

    private CampaignText text(Language language, boolean hasMeeting) {
        String title = oneLine("title", MAX_TITLE).orElse("");
        Optional<String> place = Optional.empty();
        if (hasMeeting) {
            place = oneLine("place", 200);
        } else {
            sections.section("place")
                    .ifPresent(section -> errors.add(
                            file,
                            section.line(),
                            "[place] says where the meeting is, but campaign.yaml has no meeting; add meeting: with its date"
                                    + " or remove [place]"));
        }
        String why = plain("why");
        List<TextTemplate> subjects = subjects();
        Optional<LetterTemplate> letter = letter();
        String closing = oneLine("closing", 60).orElse("");
        List<Footnote> footnotes = footnotes();
        checkCitations(footnotes);
        PhoneScript<TextTemplate> phone = new PhoneScript<>(
                template("phone"), template("phone-yes"), template("phone-no"), template("phone-unsure"));
        String actions = plain("actions");
        String social = plain("social");
        return new CampaignText(
                language, title, place, why, subjects, letter.orElse(null), closing, footnotes, phone, actions, social);
    }

    private Optional<Section> required(String name) {
        Optional<Section> section = sections.section(name);
        if (section.isEmpty()) {
            errors.add(file, 0, "missing section [" + name + "]");
        } else if (section.get().isBlank()) {
            errors.add(file, section.get().line(), "section [" + name + "] is empty");
            return Optional.empty();
        }
        return section;
    }

    private Optional<String> oneLine(String name, int maxLength) {
        return required(name).flatMap(section -> {
            if (section.lines().size() > 1) {
                errors.add(file, section.lines().get(1).number(), "[" + name + "] must be a single line");
                return Optional.empty();
            }
            NumberedLine line = section.lines().get(0);
            if (line.text().strip().length() > maxLength) {
                errors.add(file, line.number(), "[" + name + "] is longer than " + maxLength + " characters");
            }
            TextTemplates.checkPlain(file, "[" + name + "]", section.lines(), errors);
            return Optional.of(line.text().strip());
        });
    }

    private String plain(String name) {
        return required(name)
                .map(section -> {
                    TextTemplates.checkPlain(file, "[" + name + "]", section.lines(), errors);
                    return section.text();
                })
                .orElse("");
    }

    private TextTemplate template(String name) {
        return required(name)
                .flatMap(section -> TextTemplates.parse(file, "[" + name + "]", section.lines(), errors))
                .orElse(null);
    }

    private List<TextTemplate> subjects() {
        Optional<Section> section = sections.section("subjects");
        if (section.isEmpty()) {
            errors.add(file, 0, "missing section [subjects]");
            return List.of();
        }
        List<TextTemplate> subjects = new ArrayList<>();
        for (NumberedLine line : section.get().lines()) {
            if (line.text().isBlank()) {
                continue;
            }
            if (line.text().strip().length() > MAX_SUBJECT) {
                errors.add(file, line.number(), "subject longer than " + MAX_SUBJECT + " characters");
            }
            TextTemplates.parse(
                            file,
                            "[subjects]",
                            List.of(new NumberedLine(line.number(), line.text().strip())),
                            errors)
                    .ifPresent(subjects::add);
        }
        if (section.get().isBlank()) {
            errors.add(
                    file,
                    section.get().line(),
                    "empty subject list: [subjects] needs at least one subject line"
                            + " (one per line; letters rotate through them)");
        }
        return List.copyOf(subjects);
    }

    private Optional<LetterTemplate> letter() {
        return required("letter").flatMap(section -> {
            List<NumberedLine> lines = section.lines();
            List<Integer> markers = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).text().strip().equals(MARKER)) {
                    markers.add(i);
                }
            }
            if (section.text().length() > MAX_LETTER) {
                errors.add(file, section.line(), "[letter] is longer than " + MAX_LETTER + " characters");
            }
            if (markers.isEmpty()) {
                errors.add(
                        file,
                        section.line(),
                        "[letter] needs a line " + MARKER + " where the resident's optional personal sentence goes");
                TextTemplates.parse(file, "[letter]", lines, errors);
                return Optional.empty();
            }
            for (int extra : markers.subList(1, markers.size())) {
                errors.add(
                        file,
                        lines.get(extra).number(),
                        MARKER + " appears more than once in [letter] (first at" + " line "
                                + lines.get(markers.get(0)).number() + ")");
            }
            int marker = markers.get(0);
            List<NumberedLine> above = SectionFile.trimBlankLines(lines.subList(0, marker));
            List<NumberedLine> below = SectionFile.trimBlankLines(lines.subList(marker + 1, lines.size()).stream()
                    .filter(line -> !line.text().strip().equals(MARKER))
                    .toList());
            Optional<TextTemplate> before = TextTemplates.parse(file, "[letter]", above, errors);
            Optional<TextTemplate> after = TextTemplates.parse(file, "[letter]", below, errors);
            if (above.isEmpty() && below.isEmpty()) {
                errors.add(file, section.line(), "[letter] has nothing but " + MARKER);
            }
            return before.flatMap(b -> after.map(a -> new LetterTemplate(section.text(), b, a)));
        });
    }

    private List<Footnote> footnotes() {
        Optional<Section> section = sections.section("footnotes");
        if (section.isEmpty()) {
            return List.of();
        }
        TextTemplates.checkPlain(file, "[footnotes]", section.get().lines(), errors);
        List<Footnote> footnotes = new ArrayList<>();
        for (NumberedLine line : section.get().lines()) {
            if (line.text().isBlank()) {
                continue;
            }
            Matcher footnote = FOOTNOTE.matcher(line.text().strip());
            if (!footnote.matches()) {
                errors.add(
                        file,
                        line.number(),
                        "each footnote is one line starting with its number in brackets,"
                                + " e.g. [1] Title, https://example.org/article");
                continue;
            }
            int number = Integer.parseInt(footnote.group(1));
            String text = footnote.group(2).strip();
            if (number != footnotes.size() + 1) {
                errors.add(
                        file,
                        line.number(),
                        "footnote [" + number + "] should be [" + (footnotes.size() + 1)
                                + "]; number the footnotes 1, 2, 3… in order");
            }
            if (text.isEmpty()) {
                errors.add(file, line.number(), "footnote [" + number + "] is empty");
            }
            footnotes.add(new Footnote(number, text, url(text, line)));
        }
        return List.copyOf(footnotes);
    }

    private Optional<String> url(String text, NumberedLine line) {
        Matcher url = URL.matcher(text);
        if (!url.find()) {
            return Optional.empty();
        }
        String address = url.group().replaceAll("[.,;:!?)\\]”’]+$", "");
        try {
            URI uri = new URI(address);
            if (uri.getHost() == null) {
                throw new URISyntaxException(address, "no host");
            }
            return Optional.of(address);
        } catch (URISyntaxException e) {
            errors.add(file, line.number(), "'" + address + "' is not a valid web address");
            return Optional.empty();
        }
    }

    private void checkCitations(List<Footnote> footnotes) {
        Optional<Section> letter = sections.section("letter");
        if (letter.isEmpty()) {
            return;
        }
        TreeMap<Integer, Integer> cited = new TreeMap<>();
        for (NumberedLine line : letter.get().lines()) {
            Matcher citation = CITATION.matcher(line.text());
            while (citation.find()) {
                cited.putIfAbsent(Integer.parseInt(citation.group(1)), line.number());
            }
        }
        Set<Integer> numbers =
                new LinkedHashSet<>(footnotes.stream().map(Footnote::number).toList());
        cited.forEach((number, line) -> {
            if (!numbers.contains(number)) {
                errors.add(file, line, "[letter] cites [" + number + "] but [footnotes] has no [" + number + "]");
            }
        });
        Section footnoteSection = sections.section("footnotes").orElse(null);
        for (Footnote footnote : footnotes) {
            if (!cited.containsKey(footnote.number())) {
                int line = footnoteSection.lines().stream()
                        .filter(l -> l.text().strip().startsWith("[" + footnote.number() + "]"))
                        .findFirst()
                        .map(NumberedLine::number)
                        .orElse(0);
                errors.add(file, line, "footnote [" + footnote.number() + "] is not cited in [letter]");
            }
        }
    }
}
