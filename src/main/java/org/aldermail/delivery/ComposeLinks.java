package org.aldermail.delivery;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * mailto:, Gmail and Outlook compose links for a letter the resident sends from their own mail client.
 * Clients and browsers refuse links much past 2,000 characters, so a long body is cut at a paragraph or
 * word boundary and ends with a note; the full text is returned beside the links for copying.
 *
 * @param shortened whether the links carry a shortened body
 * @param fullText  the complete letter body, for a copy button
 */
public record ComposeLinks(
        String mailto, String gmail, String outlook, String subject, String body, boolean shortened, String fullText) {

    static ComposeLinks of(String to, String subject, String body, String shortenedNote, int maxLength) {
        String linkBody = body;
        boolean shortened = false;
        while (longest(to, subject, linkBody) > maxLength) {
            String cutBody = cut(linkBody, shortenedNote);
            if (cutBody.length() >= linkBody.length()) {
                break;
            }
            shortened = true;
            linkBody = cutBody;
        }
        return new ComposeLinks(
                mailto(to, subject, linkBody),
                gmail(to, subject, linkBody),
                outlook(to, subject, linkBody),
                subject,
                linkBody,
                shortened,
                body);
    }

    private static int longest(String to, String subject, String body) {
        return Math.max(
                mailto(to, subject, body).length(),
                Math.max(
                        gmail(to, subject, body).length(),
                        outlook(to, subject, body).length()));
    }

    /** Drops the last paragraph (or, for a single paragraph, the last tenth of it at a word) and appends the note. */
    private static String cut(String body, String note) {
        String withoutNote = body.endsWith(note)
                ? body.substring(0, body.length() - note.length()).stripTrailing()
                : body;
        int paragraph = withoutNote.lastIndexOf("\n\n");
        String kept;
        if (paragraph > 0) {
            kept = withoutNote.substring(0, paragraph);
        } else {
            int target = Math.max(0, withoutNote.length() - Math.max(20, withoutNote.length() / 10));
            int word = withoutNote.lastIndexOf(' ', target);
            kept = withoutNote.substring(0, Math.max(0, word > 0 ? word : target)) + " …";
        }
        return kept.stripTrailing() + "\n\n" + note;
    }

    /** RFC 6068: percent-encode everything but unreserved characters; line breaks as %0D%0A. */
    private static String mailto(String to, String subject, String body) {
        return "mailto:" + rfc3986(to).replace("%40", "@") + "?subject=" + rfc3986(subject) + "&body="
                + rfc3986(crlf(body));
    }

    private static String gmail(String to, String subject, String body) {
        return "https://mail.google.com/mail/?view=cm&fs=1&to=" + rfc3986(to) + "&su=" + rfc3986(subject) + "&body="
                + rfc3986(body);
    }

    private static String outlook(String to, String subject, String body) {
        return "https://outlook.office.com/mail/deeplink/compose?to=" + rfc3986(to) + "&subject=" + rfc3986(subject)
                + "&body=" + rfc3986(body);
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    private static String rfc3986(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A")
                .replace("%7E", "~");
    }
}
