package org.aldermail.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aldermail.campaign.Campaign.Status;
import org.aldermail.web.Language;
import org.junit.jupiter.api.Test;

/** The campaign we ship, o2023-0004222, and the copy-me example load and say what the toolkit says. */
class ShippedCampaignTest {

    private final Campaign campaign = CampaignFolders.loader().load(CampaignFolders.SHIPPED);

    @Test
    void loadsOpenWithItsMeetingAndBothLanguages() {
        assertThat(campaign.slug()).isEqualTo("o2023-0004222");
        assertThat(campaign.ordinance()).isEqualTo("O2023-0004222");
        assertThat(campaign.status()).isEqualTo(Status.OPEN);
        assertThat(campaign.closesAt()).isEmpty();
        assertThat(campaign.acceptsLetters(Instant.now())).isTrue();
        assertThat(campaign.meeting()).hasValueSatisfying(meeting -> {
            assertThat(meeting.date()).isEqualTo(LocalDate.of(2025, 1, 15));
            assertThat(meeting.startsAt())
                    .hasValueSatisfying(
                            startsAt -> assertThat(startsAt.toOffsetDateTime()).hasToString("2025-01-15T10:00-06:00"));
        });
        assertThat(campaign.texts()).containsOnlyKeys(Language.EN, Language.ES);
        assertThat(campaign.text(Language.ES).place())
                .hasValue("Ayuntamiento de Chicago (City Hall, 121 N LaSalle St), 2.º piso, Cámara del Concejo");
    }

    @Test
    void marksTheSpanishTextAsAnUnreviewedTranslation() {
        assertThat(campaign.translations()).containsOnlyKeys(Language.ES);
        assertThat(campaign.translations().get(Language.ES).from()).isEqualTo(Language.EN);
        assertThat(campaign.translations().get(Language.ES).reviewed()).isFalse();
    }

    @Test
    void keepsTheToolkitsSubjectFirstAndRotatesThroughFour() {
        assertThat(campaign.text(Language.EN).subjects().get(0).source())
                .isEqualTo("VOTE NO on Ordinance 2023-0004222 on Jan 15th");
        for (Language language : Language.values()) {
            assertThat(campaign.text(language).subjects()).hasSize(4);
        }
    }

    @Test
    void hasElevenFootnotesWithTheToolkitsUrlsInBothLanguages() {
        for (Language language : Language.values()) {
            List<Footnote> footnotes = campaign.text(language).footnotes();
            assertThat(footnotes).extracting(Footnote::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
            assertThat(footnotes.get(0).url())
                    .hasValue("https://immigrationimpact.com/2020/06/05/sanctuary-cities-domestic-violence/");
            assertThat(footnotes.get(5).url())
                    .hasValue("https://www.aila.org/library/dhs-memo-discontinuing-secure-communities");
            assertThat(footnotes.get(6).url()).isEmpty();
            assertThat(footnotes.get(8).url())
                    .hasValue(
                            "https://www.nytimes.com/2024/12/18/nyregion/migrants-detention-settlement-deportation.html");
            assertThat(footnotes.get(9).url())
                    .hasValue("https://www.latimes.com/california/story/2022-02-04/immigration-detainer-settlement");
            assertThat(footnotes.get(10).url()).isEmpty();
        }
    }

    @Test
    void keepsTheToolkitsWordsInEnglish() {
        CampaignText en = campaign.text(Language.EN);
        assertThat(en.letter().source())
                .startsWith("Incoming President Donald Trump plans to unleash a spectacle on the streets of Chicago.")
                .contains("“There are, on average, 35.5 fewer crimes committed per 10,000 people in (sanctuary)"
                        + " counties compared to counties that do honor ICE detainers.”[1]")
                .contains("lowers the domestic homicide rate for Latina women by an astonishing 62%.”[4]")
                .endsWith("should reject Ordinance 2023-0004222 and maintain Chicago’s existing Welcoming City"
                        + " Ordinance.");
        assertThat(en.closing()).isEqualTo("Yours,");
        assertThat(en.phone().opening().source())
                .startsWith("Hi, thank you for taking my call. My name is"
                        + " {resident.name} and I am a constituent of the {ward.name} and I am calling");
        assertThat(en.phone().yes().source()).startsWith("Thank you for committing to keep Chicago a welcoming city");
        assertThat(en.phone().no().source()).startsWith("Can you let me know why Ald. {alder.surname} wants");
        assertThat(en.phone().unsure().source()).startsWith("As a constituent, I am looking to understand why");
        assertThat(en.actions())
                .contains(
                        "Call (312) 744-6800 and leave a message with your name and telephone" + " number.",
                        "public_comments@cityofchicago.org");
        assertThat(en.social()).startsWith("EMERGENCY ACTION ALERT!").endsWith("VOTE NO on O2023-0004222.");
        assertThat(en.why())
                .contains(
                        "On January 7, 2025 Ald. Lopez and Ald. Tabares filed a notice",
                        "https://www.wbez.org/2025/01/10/immigration-advocates-warn-a-proposal-for-chicago-police-to-help-ice"
                                + "-could-be-illegal");
    }

    @Test
    void citesTheSameFootnotesInBothLanguages() {
        for (int n = 1; n <= 11; n++) {
            assertThat(campaign.text(Language.ES).letter().source()).contains("[" + n + "]");
            assertThat(campaign.text(Language.EN).letter().source()).contains("[" + n + "]");
        }
    }

    @Test
    void theCopyMeExampleIsAValidCampaign() {
        Campaign example = CampaignFolders.loader().load(CampaignFolders.EXAMPLE);
        assertThat(example.slug()).isEqualTo("_example");
        assertThat(example.texts()).containsOnlyKeys(Language.EN, Language.ES);
    }
}
