package org.aldermail.localmail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.aldermail.localmail.LocalMail.TextPart;
import org.junit.jupiter.api.Test;

class LocalMailTest {

    static LocalMail withText(String text) {
        return new LocalMail(
                1,
                Instant.EPOCH,
                "aldermail <letters@localhost>",
                List.of("ana@example.org"),
                List.of(),
                null,
                "S",
                text);
    }

    @Test
    void webLinksInTheTextBecomeLinksWithoutTheSentencesFullStop() {
        assertThat(withText("Open it:\n\nhttp://localhost:8080/letters/confirm/abc_-9.\nThanks")
                        .parts())
                .containsExactly(
                        new TextPart("Open it:\n\n", null),
                        new TextPart(
                                "http://localhost:8080/letters/confirm/abc_-9",
                                "http://localhost:8080/letters/confirm/abc_-9"),
                        new TextPart(".\nThanks", null));
    }

    @Test
    void textWithoutLinksIsOnePlainPart() {
        assertThat(withText("mailto:x@example.org and ftp://host stay text").parts())
                .containsExactly(new TextPart("mailto:x@example.org and ftp://host stay text", null));
        assertThat(withText("").parts()).isEmpty();
    }
}
