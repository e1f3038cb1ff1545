package org.aldermail.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.aldermail.campaign.CampaignRegistry;
import org.aldermail.campaign.TestCampaigns;
import org.aldermail.delivery.DeliveryHealth;
import org.aldermail.delivery.LetterStatus;
import org.aldermail.delivery.OutboxDispatcher;
import org.aldermail.delivery.TestLetters;
import org.aldermail.stats.ColourScale;
import org.aldermail.testsupport.OrganizerSession;
import org.aldermail.ward.WardService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A campaign of this class's own with known letters: the dashboard's totals, table and sorting, the ward map (parsed:
 * 50 ward paths whose colours match the counts), the exports' content, the download record, retrying a failed letter,
 * a test message through the outbox, and the public progress page without personal data.
 */
@QuarkusTest
@WithTestResource(TestCampaigns.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardTest {

    static final String SLUG = "dashboard-test";
    private static final Pattern MAP = Pattern.compile("<svg[^>]*class=\"ward-map\".*?</svg>", Pattern.DOTALL);

    /** Counted letters per ward: 15 → 6, 1 → 2, 40 → 1; the rest none. */
    private static final Map<Integer, Long> COUNTED = Map.of(15, 6L, 1, 2L, 40, 1L);

    private static String failedId;
    private static String hostileName;

    @Inject
    CampaignRegistry registry;

    @Inject
    WardService wards;

    @Inject
    DeliveryHealth health;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    MockMailbox mailbox;

    @BeforeAll
    static void campaign() {
        TestCampaigns.add(SLUG, yaml -> yaml.replaceFirst("goal: \\d+", "goal: 20"), text -> text);
    }

    /** Removed and forgotten, so other classes' campaign lists are as they expect. */
    @AfterAll
    static void removeCampaign() {
        TestCampaigns.remove(SLUG);
        Arc.container().instance(CampaignRegistry.class).get().refresh();
    }

    private void letters() {
        registry.refresh();
        if (failedId != null) {
            return;
        }
        for (Map.Entry<Integer, Long> ward : COUNTED.entrySet()) {
            for (int i = 0; i < ward.getValue(); i++) {
                TestLetters.insert(spec(ward.getKey()).source(i % 2 == 0 ? "partner-a" : "web"), LetterStatus.SENT);
            }
        }
        TestLetters.insert(spec(15), LetterStatus.QUEUED);
        TestLetters.insert(spec(15).withOwnWords(), LetterStatus.PENDING_CONFIRMATION);
        hostileName = "=HYPERLINK(\"http://evil.example\")";
        failedId = TestLetters.insert(
                spec(22).from(hostileName, "hostile@example.org", "1 N State St"), LetterStatus.FAILED);
    }

    private TestLetters.Spec spec(int ward) {
        var alder = wards.ward(ward).orElseThrow().alder();
        return TestLetters.server(SLUG, ward, alder.name(), alder.email());
    }

    @Test
    @Order(1)
    void theDashboardShowsTotalsAndEveryWardSortedByQueryParameters() {
        letters();
        OrganizerSession session = OrganizerSession.login();
        String page = session.page("/admin/c/" + SLUG);
        assertThat(page).contains("data-total=\"counted\">9<").contains("data-total=\"sent\">9<");
        assertThat(page).contains("data-total=\"queued\">1<").contains("data-total=\"awaiting\">1<");
        assertThat(page).contains("data-total=\"failed\">1<").contains("45.0% of the goal of 20");
        assertThat(page).doesNotContain(hostileName).doesNotContain("hostile@example.org");

        List<String> byWard = wardOrder(page);
        assertThat(byWard).hasSize(50).startsWith("1", "2", "3");
        List<String> byCounted = wardOrder(session.page("/admin/c/" + SLUG + "?sort=counted&dir=desc"));
        assertThat(byCounted).startsWith("15", "1", "40", "2");
        assertThat(wardOrder(session.page("/admin/c/" + SLUG + "?sort=failed&dir=desc")))
                .startsWith("22");
        assertThat(session.page("/admin/c/" + SLUG + "?sort=counted&dir=desc"))
                .contains("aria-sort=\"descending\"><a href=\"/admin/c/" + SLUG + "?sort=counted&amp;dir=asc");
        assertThat(session.page("/admin/c/" + SLUG + "?sort=nonsense&dir=sideways"))
                .contains("data-ward=\"50\"");
        assertThat(session.page("/admin/c/" + SLUG + "?lang=es")).contains("Cartas por distrito");
        session.request().get("/admin/c/no-such-campaign").then().statusCode(404);
    }

    @Test
    @Order(2)
    void theWardMapHasFiftyWardPathsColouredByTheirCounts() throws Exception {
        letters();
        String page = OrganizerSession.login().page("/admin/c/" + SLUG);
        Matcher svg = MAP.matcher(page);
        assertThat(svg.find()).isTrue();
        int bytes = svg.group().getBytes(StandardCharsets.UTF_8).length;
        System.out.println("Ward map SVG: " + bytes + " bytes");
        assertThat(bytes).isLessThan(60_000);
        Map<Integer, String> fills = fills(svg.group());
        assertThat(fills).hasSize(50);
        ColourScale scale = ColourScale.upTo(6);
        for (int ward = 1; ward <= 50; ward++) {
            assertThat(fills.get(ward))
                    .as("ward %d", ward)
                    .isEqualTo(scale.band(COUNTED.getOrDefault(ward, 0L)).colour());
        }
        assertThat(fills.get(15)).isNotEqualTo(fills.get(40)).isNotEqualTo(ColourScale.NONE);
        assertThat(fills.get(2)).isEqualTo(ColourScale.NONE);
        assertThat(page).contains("Ward 15: 6 letters").contains("class=\"legend\"");
    }

    @Test
    @Order(3)
    void theExportsHoldTheKnownCountsAndTheLettersFileIsRecorded() {
        letters();
        OrganizerSession session = OrganizerSession.login();
        String wardsCsv = session.request()
                .get("/admin/c/" + SLUG + "/wards.csv")
                .then()
                .statusCode(200)
                .contentType("text/csv; charset=UTF-8")
                .extract()
                .asString();
        List<String> lines = wardsCsv.lines().toList();
        assertThat(lines).hasSize(51);
        assertThat(lines.get(0))
                .isEqualTo("ward,alder,counted,sent,queued,awaiting_confirmation,failed,link_opened,self_reported,"
                        + "personalised,goal_share_percent");
        assertThat(lines.get(15)).startsWith("15,").endsWith(",6,6,1,1,0,0,0,0,30.0");
        assertThat(lines.get(22)).endsWith(",0,0,0,0,1,0,0,0,0.0");
        assertThat(wardsCsv).doesNotContain("@example.org");

        String sources =
                session.request().get("/admin/c/" + SLUG + "/sources.csv").asString();
        assertThat(sources.lines()).containsExactly("source,letters", "partner-a,5", "web,4");

        String letters = session.request()
                .get("/admin/c/" + SLUG + "/letters.csv")
                .then()
                .statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"" + SLUG + "-letters.csv\"")
                .extract()
                .asString();
        assertThat(letters.lines()).hasSize(1 + 12);
        assertThat(letters).contains("hostile@example.org").contains("1 N State St");
        assertThat(letters).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
        assertThat(session.page("/admin/c/" + SLUG))
                .contains(OrganizerSession.USERNAME + " on ")
                .contains(": 12 letters");
    }

    /** Last: it sends the failed letter, which changes the counts the others check. */
    @Test
    @Order(5)
    void aFailedLetterIsSentAgainAndATestMessageGoesThroughTheOutbox() {
        letters();
        OrganizerSession session = OrganizerSession.login();
        String page = session.page("/admin/c/" + SLUG);
        assertThat(page).contains("data-failed=\"" + failedId + "\"").contains("SMTP 550 5.1.1");
        String csrf = OrganizerSession.csrf(page);
        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .post("/admin/c/" + SLUG + "/letters/" + failedId + "/retry")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("notice=retried"));
        assertThat(health.failed(SLUG, 10)).isEmpty();
        assertThat(health.backlog(SLUG).queued()).isEqualTo(2);

        mailbox.clear();
        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .formParam("to", "15")
                .post("/admin/c/" + SLUG + "/test-message")
                .then()
                .statusCode(303);
        session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf", csrf)
                .formParam("to", "me")
                .post("/admin/c/" + SLUG + "/test-message")
                .then()
                .statusCode(303);
        dispatcher.dispatchDue();
        String alder = wards.ward(15).orElseThrow().alder().email();
        List<Mail> toAlder = mailbox.getMailsSentTo(alder).stream()
                .filter(m -> m.getSubject().startsWith("Test message"))
                .toList();
        assertThat(toAlder).hasSize(1);
        assertThat(toAlder.get(0).getText()).contains("No resident wrote it");
        assertThat(mailbox.getMailsSentTo("organizer-test@example.org")).hasSize(1);
        assertThat(health.testMessages(SLUG, 5))
                .extracting(DeliveryHealth.TestMessage::status)
                .containsOnly("sent");
    }

    @Test
    @Order(4)
    void thePublicProgressPageShowsTheSameMapWithoutPersonalData() throws Exception {
        letters();
        String page = given().get("/c/" + SLUG + "/progress")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Matcher svg = MAP.matcher(page);
        assertThat(svg.find()).isTrue();
        Map<Integer, String> fills = fills(svg.group());
        assertThat(fills).hasSize(50);
        assertThat(fills.get(15)).isEqualTo(ColourScale.upTo(6).band(6).colour());
        assertThat(page).contains("9 letters counted so far.").contains("data-ward-letters=\"15\">6<");
        assertThat(page)
                .doesNotContain("Resident ")
                .doesNotContain("@example.org")
                .doesNotContain("HYPERLINK");
        assertThat(page).doesNotContain("5500 S Kedzie");
        given().get("/c/" + SLUG + "/progress?lang=es").then().statusCode(200);
        given().get("/c/no-such-campaign/progress").then().statusCode(404);
    }

    private static List<String> wardOrder(String page) {
        Matcher row = Pattern.compile("<tr data-ward=\"(\\d+)\">").matcher(page);
        List<String> order = new java.util.ArrayList<>();
        while (row.find()) {
            order.add(row.group(1));
        }
        return order;
    }

    private static Map<Integer, String> fills(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList paths = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path");
        Map<Integer, String> fills = new HashMap<>();
        for (int i = 0; i < paths.getLength(); i++) {
            Element path = (Element) paths.item(i);
            assertThat(path.getAttribute("d")).startsWith("M");
            fills.put(Integer.parseInt(path.getAttribute("data-ward")), path.getAttribute("fill"));
        }
        assertThat(paths.getLength()).isEqualTo(50);
        return new LinkedHashMap<>(fills);
    }
}
