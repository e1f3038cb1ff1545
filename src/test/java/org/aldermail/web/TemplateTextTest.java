package org.aldermail.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words written into an HTML template: every word a resident reads comes from a message bundle (and so exists in
 * every language). Text between tags and the attributes people read or hear ({@code title}, {@code alt},
 * {@code placeholder}, {@code aria-label}, the value of an input button, and the {@code data-*} texts that
 * aldermail.js shows) may hold only Qute expressions, punctuation and numbers.
 */
class TemplateTextTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("\\{!.*?!}", Pattern.DOTALL);
    private static final Pattern EXPRESSION = Pattern.compile("\\{[^{}]*}");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>", Pattern.DOTALL);
    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|aria-valuetext|data-busy|data-failed|data-placeholder|data-copied"
                    + "|value)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void theHtmlTemplatesHoldNoWordsOfTheirOwn() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                problems.addAll(words(TEMPLATES.relativize(file).toString(), Files.readString(file)));
            }
        }
        assertThat(problems)
                .as("words written into templates; put them in a message bundle")
                .isEmpty();
    }

    @Test
    void theCheckFindsWordsInTextAndInReadAttributes() {
        assertThat(words("t.html", "<p>{ui:hello}</p>\n<p>Hello there</p>")).containsExactly("t.html:2: Hello there");
        assertThat(words("t.html", "<input placeholder=\"Your name\" value=\"{x}\">"))
                .hasSize(1);
        assertThat(words("t.html", "<input type=\"submit\" value=\"Send\">")).hasSize(1);
        assertThat(words("t.html", "<button name=\"mode\" value=\"server\" data-busy=\"Wait\">{ui:send}</button>"))
                .containsExactly("t.html:1: data-busy=\"Wait\"");
        assertThat(words("t.html", "{! a comment with words !}<a href=\"/c/{slug}\" class=\"button\">{ui:go}</a> · 1"))
                .isEmpty();
    }

    /** Each place that shows a word that is not a Qute expression, as {@code file:line: text}. */
    static List<String> words(String name, String template) {
        String text = blank(COMMENT, template);
        String previous;
        do {
            previous = text;
            text = blank(EXPRESSION, text);
        } while (!text.equals(previous));
        text = blank(SCRIPT_OR_STYLE, text);
        List<String> problems = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        int at = 0;
        while (tag.find()) {
            between(name, text, at, tag.start(), problems);
            Matcher attribute = READ_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                if (isWord(attribute.group(2)) && isRead(attribute.group(1), tag.group())) {
                    problems.add(name + ":" + line(text, tag.start()) + ": "
                            + attribute.group(0).strip());
                }
            }
            at = tag.end();
        }
        between(name, text, at, text.length(), problems);
        return problems;
    }

    private static void between(String name, String text, int from, int to, List<String> problems) {
        String between = ENTITY.matcher(text.substring(from, to)).replaceAll(" ");
        if (isWord(between)) {
            int first = from + between.indexOf(between.strip());
            problems.add(name + ":" + line(text, first) + ": " + between.strip());
        }
    }

    /** A {@code value} is read only on buttons drawn by an input; the rest are codes the form posts. */
    private static boolean isRead(String attribute, String tag) {
        if (attribute.equals("value")) {
            return tag.startsWith("<input") && tag.matches("(?s).*type=\"(submit|button|reset)\".*");
        }
        return true;
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static boolean isWord(String text) {
        return LETTER.matcher(text).find();
    }

    private static String blank(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    out, Matcher.quoteReplacement(matcher.group().replaceAll("[^\n]", " ")));
        }
        return matcher.appendTail(out).toString();
    }
}
