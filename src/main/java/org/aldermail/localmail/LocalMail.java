package org.aldermail.localmail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mail the app sent while running with the local mailbox, as {@code /dev/mailbox} shows it.
 *
 * @param id     its number in this run, for its own page
 * @param sentAt when the mailer took it
 * @param to     the To addresses
 * @param cc     the Cc addresses
 */
public record LocalMail(
        long id,
        Instant sentAt,
        String from,
        List<String> to,
        List<String> cc,
        String replyTo,
        String subject,
        String text) {

    /** Seconds matter here: someone watching the page is waiting for the next tick of the outbox. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Links that end before trailing punctuation, so a sentence's full stop stays out of the link. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]*[^\\s<>\".,;:!?)\\]]");

    public LocalMail {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
    }

    /** The time on the machine's clock, which is where the person reading the page sits. */
    public String time() {
        return TIME.format(sentAt.atZone(ZoneId.systemDefault()));
    }

    public String recipients() {
        return String.join(", ", to);
    }

    public String copies() {
        return String.join(", ", cc);
    }

    /**
     * The text cut into plain runs and web links, so the page can make the links clickable (the confirmation link
     * is the point of the page) while the template still escapes every character of the text.
     */
    public List<TextPart> parts() {
        List<TextPart> parts = new ArrayList<>();
        String body = text == null ? "" : text;
        Matcher link = LINK.matcher(body);
        int at = 0;
        while (link.find()) {
            if (link.start() > at) {
                parts.add(new TextPart(body.substring(at, link.start()), null));
            }
            parts.add(new TextPart(link.group(), link.group()));
            at = link.end();
        }
        if (at < body.length()) {
            parts.add(new TextPart(body.substring(at), null));
        }
        return parts;
    }

    /** A run of a mail's text; {@code href} is set when the run is a link. */
    public record TextPart(String text, String href) {}
}
