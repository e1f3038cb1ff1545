package org.aldermail.resident;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.aldermail.delivery.Sources;
import org.aldermail.web.Language;
import org.aldermail.web.Page;

/**
 * What the resident has told us so far, read from a form (or a link) and carried to the next step in hidden fields.
 * Text is kept as typed, except that values which cannot be valid (a {@code source} with odd characters, a ward that is
 * not a number) are dropped: they are only carried, and the server checks everything again when the letter is sent.
 */
public record FlowState(
        Frame frame,
        Language language,
        String source,
        String address,
        String lat,
        String lon,
        Integer ward,
        String name,
        String email,
        String note,
        boolean ccMe) {

    private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,3}(?:\\.\\d{1,15})?$");

    /** The state a form posted, in the frame its address says ({@code c} or {@code embed}). */
    public static FlowState of(String frame, FlowForm form) {
        String address = blankToNull(form.pick) != null ? form.pick : form.address;
        return new FlowState(
                Frame.of(frame),
                Language.fromCode(form.lang).orElse(Language.EN),
                source(form.source),
                blankToNull(address),
                number(form.lat),
                number(form.lon),
                ward(form.ward),
                blankToNull(form.name),
                blankToNull(form.email),
                blankToNull(form.note),
                "true".equals(form.ccMe) || "on".equals(form.ccMe));
    }

    /** A first visit: nothing typed yet. */
    public static FlowState start(Frame frame, Language language, String source) {
        return new FlowState(frame, language, source(source), null, null, null, null, null, null, null, false);
    }

    public FlowState withLanguage(Language other) {
        return new FlowState(frame, other, source, address, lat, lon, ward, name, email, note, ccMe);
    }

    /** Back to the address step: what was typed stays, the location and the ward found from it go. */
    public FlowState withoutLocation() {
        return new FlowState(frame, language, source, address, null, null, null, name, email, note, ccMe);
    }

    public FlowState withoutWard() {
        return new FlowState(frame, language, source, address, lat, lon, null, name, email, note, ccMe);
    }

    public FlowState withWard(int chosen) {
        return new FlowState(frame, language, source, address, lat, lon, chosen, name, email, note, ccMe);
    }

    /** The address of the campaign's flow in this state's frame, {@code /c/slug} or {@code /embed/slug}. */
    public String flow(String slug) {
        return frame.flow(slug);
    }

    public boolean byLocation() {
        return lat != null && lon != null;
    }

    public String lang() {
        return language.code();
    }

    /**
     * The state as hidden fields, without {@code lang} (every form has its own) and without the fields the form shows
     * as inputs.
     */
    public List<Page.Hidden> hidden(String... shownAsInputs) {
        Set<String> skip = Set.of(shownAsInputs);
        List<Page.Hidden> fields = new ArrayList<>();
        add(fields, skip, "source", source);
        add(fields, skip, "address", address);
        add(fields, skip, "lat", lat);
        add(fields, skip, "lon", lon);
        add(fields, skip, "ward", ward == null ? null : ward.toString());
        add(fields, skip, "name", name);
        add(fields, skip, "email", email);
        add(fields, skip, "note", note);
        add(fields, skip, "ccMe", ccMe ? "true" : null);
        return fields;
    }

    /** The query string that keeps language and source on a link: {@code ?lang=es&source=partner}. */
    public String query() {
        return query(language);
    }

    public String query(Language other) {
        return "?lang=" + other.code() + (source == null ? "" : "&source=" + source);
    }

    static String source(String source) {
        return Sources.isValid(source) ? source.strip() : null;
    }

    private static String number(String value) {
        return value != null && NUMBER.matcher(value.strip()).matches() ? value.strip() : null;
    }

    private static Integer ward(String value) {
        if (value == null || !value.strip().matches("\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static void add(List<Page.Hidden> fields, Set<String> skip, String name, String value) {
        if (value != null && !skip.contains(name)) {
            fields.add(new Page.Hidden(name, value));
        }
    }
}
