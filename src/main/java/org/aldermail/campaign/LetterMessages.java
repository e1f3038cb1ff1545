package org.aldermail.campaign;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every string the application writes itself (not campaign text), in English here and in other languages in
 * {@code messages/msg_<language>.properties}. In templates: {@code {msg:letter_salutation(...)}}; in Java:
 * {@code MessageBundles.get(LetterMessages.class, Localized.Literal.of("es"))}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface LetterMessages {

    /** A ward as residents say it: "15th Ward" (Spanish: "Distrito 15"). */
    @Message("{number.englishOrdinal} Ward")
    String ward_name(int number);

    /** The letter's first line, naming the alder in full and the ward, so the office can route it. */
    @Message("Alderperson {alderName}, {wardName}")
    String letter_addressee(String alderName, String wardName);

    /**
     * The salutation. "Alderperson" is the City Council's own gender-neutral title since 2023; the Spanish form
     * avoids gendered words ("Estimado/a") with "Apreciable concejal", and ends with a colon as Spanish letters do.
     */
    @Message("Dear Alderperson {surname},")
    String letter_salutation(String surname);

    /** The signature's last line: what tells the office the writer is a constituent. */
    @Message("Constituent of the {wardName}")
    String letter_constituent(String wardName);

    /** The heading above the letter's footnotes. */
    @Message("Notes:")
    String letter_notes();
}
