package org.aldermail.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the frame every page shares (title suffix, skip link, language switch, footer), in English here and in
 * Spanish in {@code messages/layout_es.properties}. Each feature's own pages keep their words in their own bundle.
 */
@MessageBundle(value = "layout", locale = "en")
public interface LayoutMessages {

    @Message("aldermail")
    String app_name();

    @Message("Skip to main content")
    String skip_link();

    @Message("Language")
    String language_nav();

    /** Put before the page title when the page shows errors, so screen readers hear it first. */
    @Message("Error:")
    String error_prefix();

    @Message("We use your name, email and address only for your letter. We never sell or share them.")
    String footer_privacy();

    /** The footer's link to the privacy page. */
    @Message("Privacy")
    String privacy_link();

    /** After a link that opens a new tab (the footer's, in a partner's iframe), for screen readers. */
    @Message("(opens in a new tab)")
    String new_tab();

    @Message("See all campaigns")
    String missing_link();

    /** The honeypot field's label: people never see it (it is not displayed); a bot that reads labels is told. */
    @Message("Leave this field empty")
    String honeypot_label();
}
