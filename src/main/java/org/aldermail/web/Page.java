package org.aldermail.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * What the shared layout ({@code templates/layout/page.html}) needs from every page: the language, the title, whether
 * the page shows errors, and how to switch language.
 *
 * <p>A page reached by a link switches language by a link ({@code ?lang=es}). A page rendered from a form post
 * (the resident's address, name and letter are in its form, never in a URL or a server session) switches by posting
 * that state again: {@link #languageForm} holds the action and the hidden fields.
 *
 * @param lang         the page's language code, for {@code <html lang>}
 * @param title        the page's title, already in that language
 * @param hasErrors    the page shows field errors: the title says so first
 * @param languages    every language, each with its link (null when the page switches by form)
 * @param languageForm the form that switches language, or null when the page switches by links
 * @param embedded     the page is shown in a partner's iframe: the compact layout, without the site's header, which
 *                     tells the partner's page its height; links that leave the page open a new tab
 */
public record Page(
        String lang,
        String title,
        boolean hasErrors,
        List<LanguageChoice> languages,
        LanguageForm languageForm,
        boolean embedded) {

    /** A page of our own site (not in a partner's iframe). */
    public Page(
            String lang, String title, boolean hasErrors, List<LanguageChoice> languages, LanguageForm languageForm) {
        this(lang, title, hasErrors, languages, languageForm, false);
    }

    /** @param href the page in this language, or null on a page that switches by form */
    public record LanguageChoice(String code, String name, String href, boolean current) {}

    /** Posts the page's state again with another {@code lang}. */
    public record LanguageForm(String action, List<Hidden> fields) {}

    /** One hidden form field. */
    public record Hidden(String name, String value) {}

    /** A page that switches language by links; {@code href} gives the page's address in a language. */
    public static Page linked(String lang, String title, boolean hasErrors, Function<String, String> href) {
        return new Page(lang, title, hasErrors, choices(lang, href), null);
    }

    /** A page that switches language by posting {@code state} (without {@code lang}) to {@code action}. */
    public static Page posted(String lang, String title, boolean hasErrors, String action, List<Hidden> state) {
        return new Page(lang, title, hasErrors, choices(lang, code -> null), new LanguageForm(action, state));
    }

    /** The same page, in a partner's iframe or not. */
    public Page embedded(boolean inFrame) {
        return new Page(lang, title, hasErrors, languages, languageForm, inFrame);
    }

    private static List<LanguageChoice> choices(String lang, Function<String, String> href) {
        return Arrays.stream(Language.values())
                .map(language -> new LanguageChoice(
                        language.code(),
                        language.nativeName(),
                        href.apply(language.code()),
                        language.code().equals(lang)))
                .toList();
    }
}
