package org.aldermail.resident;

import io.quarkus.qute.RawString;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A campaign's plain text ("why we're writing", the action items) as HTML: blank lines separate paragraphs, lines
 * starting with {@code - } are list items (indented two spaces more for a sub-list), and bare {@code http(s)://}
 * addresses become links. Everything else is escaped: organizers' text never becomes markup.
 */
final class RichText {

    private static final Pattern ITEM = Pattern.compile("^( *)- (.*)$");
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"'`]+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?)]'\"";

    private RichText() {}

    /** @param newTab read after each link, which opens in a new tab ("(opens in a new tab)") */
    static RawString html(String text, String newTab) {
        StringBuilder html = new StringBuilder();
        Deque<Integer> lists = new ArrayDeque<>();
        StringBuilder paragraph = new StringBuilder();
        boolean itemOpen = false;
        for (String raw : (text == null ? "" : text).replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.stripTrailing().replace("\t", "  ");
            Matcher item = ITEM.matcher(line);
            if (line.isBlank()) {
                flushParagraph(html, paragraph);
                itemOpen = closeLists(html, lists, -1, itemOpen);
            } else if (item.matches()) {
                flushParagraph(html, paragraph);
                int indent = item.group(1).length();
                if (lists.isEmpty() || indent > lists.peek()) {
                    html.append("<ul>");
                    lists.push(indent);
                    itemOpen = false;
                } else {
                    itemOpen = closeLists(html, lists, indent, itemOpen);
                    if (lists.isEmpty()) {
                        html.append("<ul>");
                        lists.push(indent);
                    }
                }
                if (itemOpen) {
                    html.append("</li>");
                }
                html.append("<li>").append(inline(item.group(2), newTab));
                itemOpen = true;
            } else if (!lists.isEmpty()) {
                html.append(' ').append(inline(line.strip(), newTab));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "<br>").append(inline(line.strip(), newTab));
            }
        }
        flushParagraph(html, paragraph);
        closeLists(html, lists, -1, itemOpen);
        return new RawString(html.toString());
    }

    /** Closes the lists deeper than {@code indent} (all of them for -1); answers whether an item is still open. */
    private static boolean closeLists(StringBuilder html, Deque<Integer> lists, int indent, boolean itemOpen) {
        boolean open = itemOpen;
        while (!lists.isEmpty() && lists.peek() > indent) {
            if (open) {
                html.append("</li>");
            }
            html.append("</ul>");
            lists.pop();
            open = !lists.isEmpty();
        }
        return open;
    }

    private static void flushParagraph(StringBuilder html, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(paragraph).append("</p>");
            paragraph.setLength(0);
        }
    }

    static String inline(String text, String newTab) {
        StringBuilder html = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int at = 0;
        while (link.find()) {
            String url = link.group();
            int end = link.end();
            while (!url.isEmpty()
                    && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0
                    && !(url.endsWith(")")
                            && url.chars().filter(c -> c == '(').count()
                                    >= url.chars().filter(c -> c == ')').count())) {
                url = url.substring(0, url.length() - 1);
                end--;
            }
            html.append(escape(text.substring(at, link.start())));
            html.append("<a href=\"")
                    .append(escape(url))
                    .append("\" target=\"_blank\" rel=\"noopener noreferrer\">")
                    .append(escape(url))
                    .append("<span class=\"visually-hidden\"> ")
                    .append(escape(newTab))
                    .append("</span></a>");
            at = end;
        }
        return html.append(escape(text.substring(at))).toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
