package org.aldermail.campaign;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.aldermail.campaign.Campaign.Meeting;
import org.aldermail.campaign.Campaign.Sender;
import org.aldermail.campaign.Campaign.Status;
import org.aldermail.campaign.Campaign.Translation;
import org.aldermail.web.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code campaign.yaml}. SnakeYAML composes the document into nodes that keep their line, and every value is
 * read from its text as written (no YAML type guessing: {@code 10:00} stays a time, {@code no} stays a word), so
 * each mistake is reported with its line and field.
 */
final class MetadataReader {

    /** Lower-case letters, digits and hyphens; a leading '_' marks a folder that is not served (drafts, examples). */
    static final Pattern SLUG = Pattern.compile("_?[a-z0-9][a-z0-9-]{0,62}");

    private static final String DOMAIN_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    /** A plain {@code local@domain} address: no display name, comments, quoting or spaces. */
    static final Pattern EMAIL =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@" + DOMAIN_LABEL + "(?:\\." + DOMAIN_LABEL + ")*");

    private static final Set<String> TOP = Set.of(
            "slug",
            "ordinance",
            "status",
            "closes",
            "meeting",
            "goal",
            "sender",
            "confirm-sender",
            "letters-per-client-per-hour",
            "translations");
    private static final int MAX_GOAL = 10_000_000;
    private static final int MAX_LETTERS_PER_CLIENT_PER_HOUR = 100_000;

    private final Path file;
    private final ZoneId zone;
    private final Sender defaultSender;
    private final FormatErrors errors;

    private MetadataReader(Path file, ZoneId zone, Sender defaultSender, FormatErrors errors) {
        this.file = file;
        this.zone = zone;
        this.defaultSender = defaultSender;
        this.errors = errors;
    }

    /** Empty when the file cannot be read as a whole (then the errors say why); field errors still yield a value. */
    static Optional<CampaignMetadata> read(
            Path file, String content, String folderName, ZoneId zone, Sender defaultSender, FormatErrors errors) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(content));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            errors.add(
                    file,
                    line,
                    "not valid YAML: " + e.getProblem()
                            + " (indent with spaces, and quote values that contain ': ' or start with a special character)");
            return Optional.empty();
        } catch (YAMLException e) {
            errors.add(file, 0, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode)) {
            errors.add(
                    file, root == null ? 0 : line(root), "must be a list of 'key: value' lines, starting with slug:");
            return Optional.empty();
        }
        return Optional.of(
                new MetadataReader(file, zone, defaultSender, errors).metadata((MappingNode) root, folderName));
    }

    private CampaignMetadata metadata(MappingNode root, String folderName) {
        Map<String, Node> fields = fields(root, "", TOP);
        String slug = required(fields, root, "slug")
                .map(node -> slug(node, folderName))
                .orElse(folderName);
        String ordinance = required(fields, root, "ordinance")
                .map(node -> text(node, "ordinance", 40))
                .orElse("");
        Status status = required(fields, root, "status").map(this::status).orElse(Status.CLOSED);
        Optional<ZonedDateTime> closes = optional(fields, "closes").flatMap(this::closes);
        Optional<Meeting> meeting = optional(fields, "meeting").flatMap(this::meeting);
        int goal = required(fields, root, "goal").map(this::goal).orElse(0);
        Sender sender = optional(fields, "sender").map(this::sender).orElse(defaultSender);
        Optional<Boolean> confirm = optional(fields, "confirm-sender").flatMap(node -> bool(node, "confirm-sender"));
        Optional<Integer> perClient =
                optional(fields, "letters-per-client-per-hour").map(this::lettersPerClientPerHour);
        Map<Language, Translation> translations =
                optional(fields, "translations").map(this::translations).orElse(Map.of());
        return new CampaignMetadata(
                slug, ordinance, status, closes, meeting, goal, sender, confirm, perClient, translations);
    }

    private String slug(Node node, String folderName) {
        String slug = text(node, "slug", 63);
        if (!SLUG.matcher(slug).matches()) {
            error(node, "slug: '" + slug + "' must be lower-case letters, digits and hyphens, e.g. o2023-0004222");
        } else if (!slug.equals(folderName)) {
            error(
                    node,
                    "slug: '" + slug + "' must be the campaign's folder name, '" + folderName
                            + "' (after copying a campaign, rename the folder and change the slug to match)");
        }
        return folderName;
    }

    private Status status(Node node) {
        String status = text(node, "status", 20);
        return switch (status) {
            case "open" -> Status.OPEN;
            case "closed" -> Status.CLOSED;
            default -> {
                error(node, "status: must be open or closed, not '" + status + "'");
                yield Status.CLOSED;
            }
        };
    }

    private Optional<ZonedDateTime> closes(Node node) {
        String value = text(node, "closes", 40);
        String normalized = value.replaceFirst("^(\\d{4}-\\d{2}-\\d{2}) +", "$1T");
        try {
            return Optional.of(OffsetDateTime.parse(normalized).atZoneSameInstant(zone));
        } catch (DateTimeException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(normalized).atZone(zone));
            } catch (DateTimeException e) {
                String hint =
                        value.matches("\\d{4}-\\d{2}-\\d{2}") ? " needs a time as well" : " is not a date and time";
                error(
                        node,
                        "closes: '" + value + "'" + hint + "; write it as YYYY-MM-DDTHH:MM in " + zone
                                + " time, e.g. 2025-01-15T10:00");
                return Optional.empty();
            }
        }
    }

    private Optional<Meeting> meeting(Node node) {
        Map<String, Node> fields = fields(node, "meeting.", Set.of("date", "time"));
        Optional<LocalDate> date = required(fields, node, "meeting.date").flatMap(this::date);
        Optional<LocalTime> time = optional(fields, "time").flatMap(this::time);
        return date.map(d -> new Meeting(d, time, time.map(t -> d.atTime(t).atZone(zone))));
    }

    private Optional<LocalDate> date(Node node) {
        String value = text(node, "meeting.date", 20);
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeException e) {
            error(node, "meeting.date: '" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2025-01-15");
            return Optional.empty();
        }
    }

    private Optional<LocalTime> time(Node node) {
        String value = text(node, "meeting.time", 20);
        try {
            return Optional.of(
                    LocalTime.parse(value.length() == 4 ? "0" + value : value, DateTimeFormatter.ofPattern("HH:mm")));
        } catch (DateTimeException e) {
            error(
                    node,
                    "meeting.time: '" + value + "' is not a time; write it as HH:MM on a 24-hour clock, e.g. 10:00"
                            + " or 14:30");
            return Optional.empty();
        }
    }

    private int goal(Node node) {
        String value = text(node, "goal", 20);
        if (!value.matches("\\d{1,9}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_GOAL) {
            error(
                    node,
                    "goal: '" + value + "' must be a whole number of letters from 1 to " + MAX_GOAL
                            + ", without commas, e.g. 1000");
            return 0;
        }
        return Integer.parseInt(value);
    }

    private int lettersPerClientPerHour(Node node) {
        String value = text(node, "letters-per-client-per-hour", 20);
        if (!value.matches("\\d{1,6}")
                || Integer.parseInt(value) < 1
                || Integer.parseInt(value) > MAX_LETTERS_PER_CLIENT_PER_HOUR) {
            error(
                    node,
                    "letters-per-client-per-hour: '" + value + "' must be a whole number from 1 to "
                            + MAX_LETTERS_PER_CLIENT_PER_HOUR + ", without commas, e.g. 200");
            return 1;
        }
        return Integer.parseInt(value);
    }

    private Sender sender(Node node) {
        Map<String, Node> fields = fields(node, "sender.", Set.of("name", "address"));
        String name =
                optional(fields, "name").map(n -> text(n, "sender.name", 60)).orElse(defaultSender.name());
        if (name.matches(".*[\"<>].*")) {
            error(
                    fields.get("name"),
                    "sender.name: leave out quotes and angle brackets; it becomes part of the" + " From line");
        }
        String address = optional(fields, "address")
                .map(n -> {
                    String value = text(n, "sender.address", 254);
                    if (!EMAIL.matcher(value).matches()) {
                        error(n, "sender.address: '" + value + "' is not an email address");
                    }
                    return value;
                })
                .orElse(defaultSender.address());
        return new Sender(name, address);
    }

    private Map<Language, Translation> translations(Node node) {
        Map<String, Node> fields = fields(node, "translations.", Set.copyOf(Language.codes()));
        Map<Language, Translation> translations = new EnumMap<>(Language.class);
        fields.forEach((code, value) -> {
            Language language = Language.fromCode(code).orElseThrow();
            Map<String, Node> translation = fields(value, "translations." + code + ".", Set.of("from", "reviewed"));
            Optional<Language> from = required(translation, value, "translations." + code + ".from")
                    .flatMap(f -> {
                        String text = text(f, "from", 10);
                        Optional<Language> source = Language.fromCode(text).filter(l -> l != language);
                        if (source.isEmpty()) {
                            error(
                                    f,
                                    "translations." + code + ".from: '" + text + "' must be another of the campaign's"
                                            + " languages (" + String.join(", ", Language.codes()) + ")");
                        }
                        return source;
                    });
            boolean reviewed = required(translation, value, "translations." + code + ".reviewed")
                    .flatMap(r -> bool(r, "translations." + code + ".reviewed"))
                    .orElse(false);
            from.ifPresent(source -> translations.put(language, new Translation(source, reviewed)));
        });
        return Map.copyOf(translations);
    }

    private Optional<Boolean> bool(Node node, String field) {
        String value = text(node, field, 10);
        return switch (value) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> {
                error(node, field + ": must be true or false, not '" + value + "'");
                yield Optional.empty();
            }
        };
    }

    /** The entries of a mapping node; unknown and repeated keys are reported. Null values count as absent. */
    private Map<String, Node> fields(Node node, String prefix, Set<String> known) {
        Map<String, Node> fields = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            error(
                    node,
                    prefix.isEmpty()
                            ? "expected 'key: value' lines"
                            : prefix.substring(0, prefix.length() - 1)
                                    + ": expected indented 'key: value' lines below it");
            return fields;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!known.contains(key)) {
                error(
                        keyNode,
                        "unknown field '" + prefix + key + "'; the fields here are "
                                + String.join(
                                        ", ",
                                        known.stream()
                                                .sorted()
                                                .map(k -> prefix + k)
                                                .toList()));
            } else if (fields.containsKey(key)) {
                error(keyNode, "'" + prefix + key + "' appears twice");
            } else if (!isNull(tuple.getValueNode())) {
                fields.put(key, tuple.getValueNode());
            }
        }
        return fields;
    }

    private Optional<Node> required(Map<String, Node> fields, Node parent, String field) {
        String key = field.substring(field.lastIndexOf('.') + 1);
        Node node = fields.get(key);
        if (node == null) {
            error(parent, "missing field '" + field + "'");
        }
        return Optional.ofNullable(node);
    }

    private static Optional<Node> optional(Map<String, Node> fields, String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** A single-line value without control characters. */
    private String text(Node node, String field, int maxLength) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, field + ": expected a single value, not a list or a block of fields");
            return "";
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            error(node, field + ": is empty");
        } else if (value.length() > maxLength) {
            error(node, field + ": longer than " + maxLength + " characters");
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            error(node, field + ": must be one line, without control characters");
        }
        return value;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    private void error(Node node, String message) {
        errors.add(file, node == null ? 0 : line(node), message);
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }
}
