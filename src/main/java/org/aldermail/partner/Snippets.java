package org.aldermail.partner;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The code a partner pastes into their page, for one campaign, language and source: the script tag (the iframe that
 * follows the form's height) and the plain iframe for sites that forbid scripts. Values are percent-encoded in URLs and
 * only ever HTML-escaped once, by the template that shows them.
 *
 * @param script the {@code <script>} tag
 * @param iframe the {@code <iframe>} tag
 * @param frame  the embed's address in the iframe, relative to our site (for the page's own preview)
 * @param source the source code the snippets credit, or null
 * @param title  the frame's title, in the embed's language
 */
public record Snippets(String script, String iframe, String frame, String source, String title) {

    /** Tall enough for the letter step on a phone; the script tag sizes its frame itself. */
    static final int IFRAME_HEIGHT = 1600;

    /**
     * @param base   our public URL, without a trailing slash
     * @param source a valid source code, or null for none
     * @param title  the frame's title in the embed's language
     */
    static Snippets of(String base, String slug, String lang, String source, String title) {
        boolean credited = source != null;
        String script = "<script src=\"" + base + "/embed.js\" data-campaign=\"" + slug + "\" data-lang=\"" + lang
                + "\"" + (credited ? " data-source=\"" + source + "\"" : "") + " async></script>";
        String frame = "/embed/" + URLEncoder.encode(slug, StandardCharsets.UTF_8) + "?lang=" + lang
                + (credited ? "&source=" + URLEncoder.encode(source, StandardCharsets.UTF_8) : "");
        String iframe = "<iframe src=\"" + base + frame.replace("&", "&amp;") + "\" title=\"" + title
                + "\" allow=\"geolocation\" width=\"100%\" height=\"" + IFRAME_HEIGHT
                + "\" style=\"border:0;max-width:700px\"></iframe>";
        return new Snippets(script, iframe, frame, source, title);
    }
}
