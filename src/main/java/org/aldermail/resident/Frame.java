package org.aldermail.resident;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the resident's flow is shown: on our own site ({@code /c/{slug}}) or inside a partner's iframe
 * ({@code /embed/{slug}}). The same resources, steps and templates serve both, so every change to the flow reaches
 * the embed too; the frame only picks the addresses the forms post to and the layout around them.
 */
public enum Frame {
    /** Our site: the full layout. */
    SITE("c"),
    /**
     * A partner's page: a compact layout without the site's header, for a column 320 to 700 pixels wide, that tells
     * the partner's page its height; links that leave the flow open a new tab.
     */
    EMBED("embed");

    /**
     * The campaign's flow in either frame, for the resources' {@code @Path}: {@code /c/{slug}} or {@code /embed/{slug}}.
     * On the methods, below a class path of {@code /}: Quarkus REST picks a resource class by its path without trying
     * another, so a class path starting with a parameter would lose every request to {@code HomePage}'s {@code /}.
     */
    static final String FLOW = "{frame: c|embed}/{slug}";

    private final String segment;

    Frame(String segment) {
        this.segment = segment;
    }

    /** The frame of a path's first segment, {@code c} or {@code embed} (all that {@link #FLOW} lets through). */
    static Frame of(String segment) {
        return EMBED.segment.equals(segment) ? EMBED : SITE;
    }

    /** The frame of a request path: the embed's pages are below {@code /embed/}. */
    static Frame ofPath(String path) {
        return path != null && path.startsWith("/" + EMBED.segment + "/") ? EMBED : SITE;
    }

    /**
     * The campaign's flow in this frame, {@code /c/slug} or {@code /embed/slug}; its steps are below it. The slug may
     * be whatever was in a requested address (CR, LF, spaces...): it goes back into a URI only percent-encoded.
     */
    String flow(String slug) {
        return "/" + segment + "/"
                + URLEncoder.encode(slug, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Where a page that belongs to no campaign links to: our campaigns, or in a partner's iframe that campaign. */
    String home(String slug, String lang) {
        return embedded() ? flow(slug) + "?lang=" + lang : "/?lang=" + lang;
    }

    boolean embedded() {
        return this == EMBED;
    }
}
