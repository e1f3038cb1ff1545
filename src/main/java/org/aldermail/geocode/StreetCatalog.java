package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every addressable street by its compact name, with the renamed and honorary names residents use, the
 * placement line of each street, and a word-prefix index for completions. Immutable.
 */
public final class StreetCatalog {

    /** Names residents use for streets that the 2017 street table lists under an older or fuller name. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("DUSABLELAKESHORE", "LAKESHORE"),
            Map.entry("JEANBAPTISTEPOINTDUSABLELAKESHORE", "LAKESHORE"),
            Map.entry("LSD", "LAKESHORE"),
            Map.entry("MARTINLUTHERKING", "DRMARTINLUTHERKINGJR"),
            Map.entry("MARTINLUTHERKINGJR", "DRMARTINLUTHERKINGJR"),
            Map.entry("DRMARTINLUTHERKING", "DRMARTINLUTHERKINGJR"),
            Map.entry("MLK", "DRMARTINLUTHERKINGJR"),
            Map.entry("MLKJR", "DRMARTINLUTHERKINGJR"),
            Map.entry("DRMLK", "DRMARTINLUTHERKINGJR"),
            Map.entry("DRMLKJR", "DRMARTINLUTHERKINGJR"),
            Map.entry("KING", "DRMARTINLUTHERKINGJR"),
            Map.entry("IDABWELLS", "CONGRESS"));

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final Map<String, List<Street>> byCompactName;
    private final Map<String, StreetLine> lines;
    private final List<String> compactNames;
    private final String[] prefixKeys;
    private final Street[] prefixStreets;
    private final boolean[] prefixIsFirstWord;
    private final int[] prefixImportance;

    StreetCatalog(Collection<Street> streets, Map<String, StreetLine> lines) {
        this.lines = Map.copyOf(lines);
        Map<String, List<Street>> byName = new HashMap<>();
        for (Street street : streets) {
            byName.computeIfAbsent(street.name().compactName(), k -> new ArrayList<>())
                    .add(street);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        byCompactName = Map.copyOf(byName);
        compactNames = List.copyOf(byName.keySet());
        record Key(String key, Street street, boolean first) {}
        List<Key> keys = new ArrayList<>();
        for (Street street : streets) {
            String[] words = street.name().name().split(" ");
            for (int w = 0; w < words.length; w++) {
                keys.add(new Key(
                        StreetName.compact(String.join("", List.of(words).subList(w, words.length))), street, w == 0));
            }
        }
        keys.sort(Comparator.comparing(Key::key));
        prefixKeys = keys.stream().map(Key::key).toArray(String[]::new);
        prefixStreets = keys.stream().map(Key::street).toArray(Street[]::new);
        prefixIsFirstWord = new boolean[keys.size()];
        prefixImportance = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            prefixIsFirstWord[i] = keys.get(i).first();
            prefixImportance[i] = importance(keys.get(i).street());
        }
    }

    /** Streets (any direction and suffix) with this compact name or a name residents use for it. */
    public List<Street> named(String compactName) {
        String key = canonicalName(compactName);
        return byCompactName.getOrDefault(key, List.of());
    }

    static String canonicalName(String compactName) {
        String key = ALIASES.getOrDefault(compactName, compactName);
        if (key.startsWith("SAINT") && key.length() > 5) {
            key = "ST" + key.substring(5);
        }
        if (DIGITS.matcher(key).matches()) {
            key = key + ordinalSuffix(Integer.parseInt(key));
        }
        return key;
    }

    private static String ordinalSuffix(int n) {
        if (n % 100 >= 11 && n % 100 <= 13) {
            return "TH";
        }
        return switch (n % 10) {
            case 1 -> "ST";
            case 2 -> "ND";
            case 3 -> "RD";
            default -> "TH";
        };
    }

    /** The compact names within the allowed number of typos, nearest first. */
    List<String> similarNames(String compactName, int maxDistance) {
        record Near(String name, int distance) {}
        List<Near> near = new ArrayList<>();
        for (String name : compactNames) {
            int d = Typos.distance(compactName, name, maxDistance);
            if (d <= maxDistance) {
                near.add(new Near(name, d));
            }
        }
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(n -> -importance(n.name())));
        return near.stream().map(Near::name).toList();
    }

    /** Every street's placement line, for measurements. */
    Collection<StreetLine> lines() {
        return lines.values();
    }

    public Optional<StreetLine> line(Street street) {
        return Optional.ofNullable(lines.get(street.display()));
    }

    /** How much of the map a street spans (its intersections), to rank completions and break ties. */
    int importance(Street street) {
        StreetLine line = lines.get(street.display());
        return line == null ? 0 : line.intersections();
    }

    private int importance(String compactName) {
        return named(compactName).stream().mapToInt(this::importance).sum();
    }

    /**
     * Up to {@code limit} streets whose name, or one of its words, starts with the typed text; a leading
     * direction ("w fuller") narrows to that direction. Names that start with the text come first, then
     * longer streets.
     */
    public List<Street> complete(String typed, int limit) {
        List<String> tokens = AddressParser.tokens(typed);
        Optional<Direction> direction = Optional.empty();
        if (tokens.size() > 1) {
            direction = Direction.parse(tokens.get(0));
            if (direction.isPresent()) {
                tokens = tokens.subList(1, tokens.size());
            }
        }
        String prefix = canonicalPrefix(StreetName.compact(String.join("", tokens)));
        if (prefix.isEmpty()) {
            return List.of();
        }
        int from = lowerBound(prefix);
        // Rank: names that start with the text, then longer streets, then alphabetical; keep the best few.
        Comparator<Integer> worstFirst = Comparator.<Integer>comparingInt(i -> prefixIsFirstWord[i] ? 1 : 0)
                .thenComparingInt(i -> prefixImportance[i])
                .thenComparing(i -> prefixStreets[i].display(), Comparator.reverseOrder());
        PriorityQueue<Integer> best = new PriorityQueue<>(limit + 1, worstFirst);
        Set<Street> seen = new HashSet<>();
        for (int i = from; i < prefixKeys.length && prefixKeys[i].startsWith(prefix); i++) {
            Street street = prefixStreets[i];
            if (direction.isPresent() && street.name().direction() != direction.get()) {
                continue;
            }
            best.add(i);
            if (best.size() > limit * 4) {
                best.poll();
            }
        }
        List<Integer> ranked = new ArrayList<>(best);
        ranked.sort(worstFirst.reversed());
        List<Street> out = new ArrayList<>();
        for (int i : ranked) {
            if (out.size() < limit && seen.add(prefixStreets[i])) {
                out.add(prefixStreets[i]);
            }
        }
        return out;
    }

    private static String canonicalPrefix(String compact) {
        String alias = ALIASES.get(compact);
        return alias != null ? alias : compact;
    }

    private int lowerBound(String prefix) {
        int lo = 0;
        int hi = prefixKeys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefixKeys[mid].compareTo(prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public int size() {
        return byCompactName.values().stream().mapToInt(List::size).sum();
    }

    public int placeable() {
        return lines.size();
    }
}
