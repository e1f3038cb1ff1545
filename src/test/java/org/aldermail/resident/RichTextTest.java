package org.aldermail.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    private static final String NEW_TAB = "(opens in a new tab)";

    private static String html(String text) {
        return RichText.html(text, NEW_TAB).getValue();
    }

    @Test
    void listItemsBecomeNestedLists() {
        assertThat(html("- one\n- two\n  - two a\n  - two b\n- three"))
                .isEqualTo("<ul><li>one</li><li>two<ul><li>two a</li><li>two b</li></ul></li><li>three</li></ul>");
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndKeepTheirLineBreaks() {
        assertThat(html("First line\nsecond line\n\nNext paragraph"))
                .isEqualTo("<p>First line<br>second line</p><p>Next paragraph</p>");
        assertThat(html("Intro\n- item\n\nAfter")).isEqualTo("<p>Intro</p><ul><li>item</li></ul><p>After</p>");
    }

    @Test
    void bareLinksBecomeLinksWithoutTheirTrailingPunctuation() {
        assertThat(html("See https://example.org/a?b=1&c=2."))
                .isEqualTo("<p>See <a href=\"https://example.org/a?b=1&amp;c=2\""
                        + " target=\"_blank\" rel=\"noopener noreferrer\">https://example.org/a?b=1&amp;c=2<span"
                        + " class=\"visually-hidden\"> (opens in a new tab)</span></a>.</p>");
        assertThat(html("(https://en.wikipedia.org/wiki/Chicago_(disambiguation))"))
                .contains("href=\"https://en.wikipedia.org/wiki/Chicago_(disambiguation)\"")
                .endsWith("</a>)</p>");
    }

    @Test
    void everythingElseIsEscaped() {
        assertThat(html("<script>alert('x')</script> & \"quotes\""))
                .isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</p>");
        assertThat(html("javascript:alert(1) https://x.org/\"onmouseover=alert(1)"))
                .doesNotContain("\"onmouseover")
                .doesNotContain("href=\"javascript");
    }

    @Test
    void theShippedCampaignTextRendersAsBalancedLists() {
        String why = html("- In 2021, City Council passed the WCO\n- The reasons:\n  - trust\n  - due process\n"
                + "- See news coverage here!\n  - https://news.wttw.com/2025/01/09/x");
        assertThat(why.split("<ul>", -1).length).isEqualTo(why.split("</ul>", -1).length);
        assertThat(why.split("<li>", -1).length).isEqualTo(why.split("</li>", -1).length);
        assertThat(why).contains("<a href=\"https://news.wttw.com/2025/01/09/x\"");
    }
}
