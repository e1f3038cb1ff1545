package org.aldermail.partner;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of {@code /partners}, in English here and in Spanish in {@code messages/partner_es.properties}. */
@MessageBundle(value = "partner", locale = "en")
public interface PartnerMessages {

    @Message("Put the letter form on your website")
    String title();

    @Message("Your members can write to their alderperson without leaving your page: the whole form, from the address"
            + " to the thank-you page with the phone script, in English or Spanish. Each letter sent from your page is"
            + " credited to your organization's code in the campaign's public numbers.")
    String intro();

    @Message("How it works")
    String how_heading();

    @Message("Send the campaign's organizers your website's address (for example https://your-site.org), so they can"
            + " allow it. On a site they have not allowed, the form stays blank.")
    String how_allow();

    @Message("Choose the campaign, the language and your code below.")
    String how_choose();

    @Message("Copy the code and paste it into your page where the form should appear.")
    String how_paste();

    @Message("Your code")
    String form_heading();

    @Message("Campaign")
    String campaign_label();

    @Message("No campaign takes letters right now.")
    String no_campaign();

    @Message("Language of the form")
    String language_label();

    @Message("Your organization's code")
    String source_label();

    @Message("Letters, numbers, dots, dashes and underscores, up to 80 (for example unite-here-1). Without a code, the"
            + " script uses the utm_source and utm_campaign of your page's address.")
    String source_hint();

    @Message("Use only letters, numbers, dots, dashes and underscores, up to 80 of them.")
    String source_invalid();

    @Message("Update the code")
    String update();

    @Message("The code to paste")
    String code_heading();

    @Message("With a script (best)")
    String script_label();

    @Message("The form grows and shrinks with each step, and the script adds nothing else to your page.")
    String script_hint();

    @Message("Copy the script")
    String copy_script();

    @Message("Without scripts")
    String iframe_label();

    @Message("For sites that do not allow scripts. The frame keeps the height written in it: change it if the form is"
            + " cut off.")
    String iframe_hint();

    @Message("Copy the frame")
    String copy_iframe();

    @Message("Copied.")
    String copied();

    @Message("Preview")
    String preview_heading();

    @Message("This is the form as your page will show it.")
    String preview_hint();

    @Message("Your numbers")
    String numbers_heading();

    @Message("The campaign's public numbers count the letters from your page under your code (bySource):")
    String numbers_text();

    /** The embed frame's title, for screen readers on the partner's page: in the embed's language. */
    @Message("Write to your alderperson")
    String frame_title();
}
