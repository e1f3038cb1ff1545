package org.aldermail.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the operator writes in {@code aldermail.embed.allowed-origins}, and what reaches the headers. */
class EmbedOriginsTest {

    private static EmbedOrigins configured(String... entries) {
        return new EmbedOrigins(() -> Optional.of(List.of(entries)));
    }

    @Test
    void originsAreNormalizedAsBrowsersSendThem() {
        assertThat(configured(" HTTPS://Partner.Example:443 ", "http://127.0.0.1:8181/", "https://b.example:8443")
                        .listed())
                .containsExactly("https://partner.example", "http://127.0.0.1:8181", "https://b.example:8443");
    }

    @Test
    void anythingButAnOriginIsDroppedSoItNeverReachesAHeader() {
        EmbedOrigins origins = configured(
                "https://a.example/path",
                "https://a.example; script-src *",
                "https://a.example frame-ancestors *",
                "null",
                "javascript:alert(1)",
                "ftp://a.example",
                "https://user@a.example",
                "https://a.example?x=1",
                "'self'",
                "");
        assertThat(origins.listed()).isEmpty();
        assertThat(origins.anySite()).isFalse();
    }

    @Test
    void anySiteOnlyWhenTheOperatorWritesTheStar() {
        assertThat(configured("*").anySite()).isTrue();
        assertThat(configured("*").listed()).isEmpty();
        assertThat(new EmbedOrigins(Optional::empty).anySite()).isFalse();
    }

    @Test
    void theEmbedsFramingPolicyListsOurselvesAndThePartnersOrAnySite() {
        io.vertx.core.MultiMap headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        new FrameHeaders(configured("https://a.example", "https://b.example")).apply(true, headers);
        assertThat(headers.get("Content-Security-Policy"))
                .isEqualTo("frame-ancestors 'self' https://a.example https://b.example");
        headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap();
        new FrameHeaders(configured("*")).apply(true, headers);
        assertThat(headers.get("Content-Security-Policy")).isEqualTo("frame-ancestors *");
        headers = io.vertx.core.MultiMap.caseInsensitiveMultiMap()
                .add("Content-Security-Policy", "default-src 'self'; frame-ancestors https://x.example")
                .add("X-Frame-Options", "SAMEORIGIN");
        new FrameHeaders(configured("*")).apply(false, headers);
        assertThat(headers.get("Content-Security-Policy")).isEqualTo("default-src 'self'; frame-ancestors 'none'");
        assertThat(headers.get("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void withTheStarTheApiSaysStarNeverTheOriginAndNothingToNull() {
        ApiCors cors = new ApiCors(configured("*", "https://a.example"));
        assertThat(cors.allowedFor("https://a.example")).contains("https://a.example");
        assertThat(cors.allowedFor("https://other.example")).contains("*");
        assertThat(cors.allowedFor("null")).isEmpty();
        assertThat(cors.allowedFor(null)).isEmpty();
        assertThat(cors.allowedFor("https://other.example/path")).isEmpty();
        ApiCors strict = new ApiCors(configured("https://a.example"));
        assertThat(strict.allowedFor("https://other.example")).isEmpty();
        assertThat(strict.allowedFor("https://A.example")).isEmpty();
    }

    @Test
    void onlyPlainEmbedPathsAreFramable() {
        assertThat(FrameHeaders.isEmbed("/embed/abc")).isTrue();
        assertThat(FrameHeaders.isEmbed("/embed/abc/letter")).isTrue();
        for (String path : List.of(
                "/embed",
                "/embed.js",
                "/embedx/a",
                "/embed/../c/a",
                "/embed/%2e%2e/c",
                "/embed//a",
                "/embed/a\\..\\b",
                "/c/a")) {
            assertThat(FrameHeaders.isEmbed(path)).as(path).isFalse();
        }
    }
}
