package org.aldermail.stats;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the ward map and of the public progress page, in English here and in Spanish in
 * {@code messages/progress_es.properties}. The organizers' dashboard shows the same map with the same words.
 */
@MessageBundle(value = "progress", locale = "en")
public interface ProgressMessages {

    @Message("{title}: letters by ward")
    String title(String title);

    @Message("{count} letters counted so far.")
    String total(long count);

    @Message("The goal is {goal} letters.")
    String goal(int goal);

    @Message("Each resident counts once: a letter sent by this site, or one whose email link was opened.")
    String counting();

    @Message("Counted letters per ward")
    String map_title();

    @Message("Map of Chicago's 50 wards, darker where more letters were counted. Most: ward {ward}, with {count}."
            + " No letters yet in {none} wards. The table that follows lists every ward.")
    String map_desc(int ward, long count, long none);

    @Message("Ward {ward}: {count} letters")
    String ward_tooltip(int ward, long count);

    @Message("Letters counted per ward")
    String legend_heading();

    @Message("None")
    String legend_none();

    @Message("{from} to {to}")
    String legend_range(long from, long to);

    @Message("Letters counted in every ward")
    String table_caption();

    @Message("Ward")
    String col_ward();

    @Message("Alderperson")
    String col_alder();

    @Message("Letters")
    String col_letters();

    @Message("Write your letter")
    String write_link();

    @Message("We could not find this campaign")
    String missing_title();
}
