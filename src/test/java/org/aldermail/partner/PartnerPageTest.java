package org.aldermail.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.aldermail.campaign.TestCampaigns;
import org.junit.jupiter.api.Test;

/** {@code /partners}: the code to paste for the chosen campaign, language and code, a preview, copy buttons. */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
class PartnerPageTest {

    static final String CAMPAIGN = TestCampaigns.SHIPPED;

    @Test
    void thePageExplainsTheSnippetWithTheCodeToPasteAndAPreview() {
        given().get("/partners?lang=en&campaign=" + CAMPAIGN + "&source=unite-here-1")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("<h1>Put the letter form on your website</h1>"))
                .body(containsString("<option value=\"" + CAMPAIGN + "\" selected>"))
                .body(containsString("&lt;script src=&quot;http://localhost:8080/embed.js&quot; data-campaign=&quot;"
                        + CAMPAIGN + "&quot; data-lang=&quot;en&quot; data-source=&quot;unite-here-1&quot; async&gt;"
                        + "&lt;/script&gt;"))
                .body(containsString("&lt;iframe src=&quot;http://localhost:8080/embed/" + CAMPAIGN
                        + "?lang=en&amp;amp;source=unite-here-1&quot; title=&quot;Write to your alderperson&quot;"))
                .body(containsString("data-copy=\"snippet-script\""))
                .body(containsString("data-copy=\"snippet-iframe\""))
                .body(containsString("<script src=\"/embed.js\" data-campaign=\"" + CAMPAIGN
                        + "\" data-lang=\"en\" data-source=\"unite-here-1\" async></script>"))
                .body(containsString("<noscript><iframe class=\"preview-frame\" src=\"/embed/" + CAMPAIGN
                        + "?lang=en&amp;source=unite-here-1\""))
                .body(containsString("/api/v1/campaigns/" + CAMPAIGN + "/stats"))
                .body(containsString("<script src=\"/js/partners.js\" defer></script>"));
    }

    @Test
    void inSpanishWithAFormInSpanish() {
        given().get("/partners?lang=es&language=es")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"es\">"))
                .body(containsString("Ponga el formulario de cartas en su sitio web"))
                .body(containsString("data-lang=&quot;es&quot; async&gt;"))
                .body(containsString("title=&quot;Escríbale a su concejal&quot;"))
                .body(not(containsString("data-source")));
    }

    @Test
    void aCodeThatCannotBeUsedIsExplainedAndLeftOut() {
        given().get("/partners?lang=en&source=%3Cscript%3E%20x")
                .then()
                .statusCode(200)
                .body(containsString("<title>Error: "))
                .body(containsString("Use only letters, numbers, dots, dashes and underscores"))
                .body(containsString("aria-invalid=\"true\""))
                .body(not(containsString("data-source")))
                .body(not(containsString("<script> x")));
    }
}
