package org.aldermail.stats;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.aldermail.web.Language;

/** The ward map coloured by counted letters per ward, with its legend, in a reader's language. */
@ApplicationScoped
public class LetterMap {

    /** What a page shows: the SVG (to include as it is) and the legend, one entry per colour. */
    public record View(String svg, List<LegendEntry> legend) {}

    /** One colour of the legend and the counts it stands for. */
    public record LegendEntry(String colour, String text) {}

    private final WardMap map;

    LetterMap(WardMap map) {
        this.map = map;
    }

    /** @param counted counted letters by ward number; a ward not in it has none */
    public View draw(String id, Map<Integer, Long> counted, Language language) {
        ProgressMessages words = MessageBundles.get(ProgressMessages.class, Localized.Literal.of(language.code()));
        long max = counted.values().stream().mapToLong(Long::longValue).max().orElse(0);
        ColourScale scale = ColourScale.upTo(max);
        int most = counted.entrySet().stream()
                .filter(e -> e.getValue() == max && max > 0)
                .mapToInt(Map.Entry::getKey)
                .min()
                .orElse(0);
        long none = map.wardCount()
                - counted.values().stream().filter(count -> count > 0).count();
        String svg = map.svg(id, words.map_title(), words.map_desc(most, max, none), ward -> {
            long count = counted.getOrDefault(ward, 0L);
            ColourScale.Band band = scale.band(count);
            return new WardStyle(band.colour(), band.labelColour(), words.ward_tooltip(ward, count));
        });
        List<LegendEntry> legend = scale.bands().stream()
                .map(band -> new LegendEntry(
                        band.colour(),
                        band.to() == 0
                                ? words.legend_none()
                                : band.from() == band.to()
                                        ? Long.toString(band.from())
                                        : words.legend_range(band.from(), band.to())))
                .toList();
        return new View(svg, legend);
    }
}
