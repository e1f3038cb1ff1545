package org.aldermail.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.aldermail.ward.Alder;
import org.aldermail.ward.WardDirectory;
import org.aldermail.web.Language;
import org.aldermail.web.NumberExtensions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
@WithTestResource(TestCampaigns.class)
class LetterServiceTest {

    private static final String CAMPAIGN = TestCampaigns.SHIPPED;
    /** Characters that HTML escaping would change, and accents that a wrong encoding would break. */
    private static final String NAME = "Renée O'Brien-Núñez & family";

    private static final String ADDRESS = "5101 S Kedzie Ave, Apt <2>";
    private static final Pattern UNFILLED = Pattern.compile("\\{[^}]*}|\\[]|\\[Name]");
    private static final Pattern ESCAPED = Pattern.compile("&(?:[a-zA-Z]+|#\\d+|#x[0-9a-fA-F]+);");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n]]|\\p{Zl}|\\p{Zp}");

    @Inject
    LetterService letters;

    @Inject
    CampaignRegistry campaigns;

    @Inject
    WardDirectory wards;

    static Stream<Arguments> everyWardInEveryLanguage() {
        return IntStream.rangeClosed(1, 50)
                .boxed()
                .flatMap(ward -> Stream.of(Language.values()).map(language -> Arguments.of(ward, language)));
    }

    @ParameterizedTest(name = "ward {0}, {1}")
    @MethodSource("everyWardInEveryLanguage")
    void everyWardGetsACompletePlainTextLetterInEveryLanguage(int ward, Language language) {
        Alder alder = wards.alder(ward).orElseThrow();
        Letter letter = letters.render(LetterRequest.of(CAMPAIGN, ward, NAME, ADDRESS, language));
        String body = letter.body();

        boolean english = language == Language.EN;
        String wardName = english ? NumberExtensions.englishOrdinal(ward) + " Ward" : "Distrito " + ward;
        assertThat(body)
                .startsWith((english ? "Alderperson " : "Concejal ") + alder.name() + ", " + wardName + "\n\n"
                        + (english
                                ? "Dear Alderperson " + alder.surname() + ",\n\n"
                                : "Apreciable concejal " + alder.surname() + ":\n\n"));
        assertThat(body)
                .contains("\n\n" + (english ? "Yours," : "Atentamente,") + "\n" + NAME + "\n" + ADDRESS + "\n"
                        + (english ? "Constituent of the " : "Residente del ") + wardName + "\n");
        assertThat(body)
                .contains(
                        english
                                ? "Incoming President Donald Trump plans"
                                : "El presidente entrante Donald Trump planea");
        assertThat(body)
                .contains(
                        english
                                ? "\n\nNotes:\n[1] https://immigrationimpact.com/"
                                : "\n\nNotas:\n[1] https://immigrationimpact.com/");
        assertThat(body).contains("\n[11] Orellana Castaneda v. County of Suffolk");

        for (String text : List.of(body, letter.subject())) {
            assertThat(UNFILLED.matcher(text).find())
                    .as("unfilled placeholder in %s", text)
                    .isFalse();
            assertThat(ESCAPED.matcher(text).find())
                    .as("HTML escape in %s", text)
                    .isFalse();
            assertThat(CONTROL.matcher(text).find())
                    .as("control character in %s", text)
                    .isFalse();
        }
        assertThat(body).doesNotContain("\r", " \n", "\n\n\n").endsWith("\n");
        assertThat(letter.subject()).doesNotContain("\n").isNotBlank();
        assertThat(letter.subjectIndex()).isBetween(0, 3);
        assertThat(letter.alder()).isEqualTo(alder);
        assertThat(letter.edited()).isFalse();
        assertThat(letter.personalised()).isFalse();
    }

    @Test
    void salutesAnAlderWithAnApostropheAsWritten() {
        Letter letter = letters.render(LetterRequest.of(CAMPAIGN, 19, NAME, ADDRESS, Language.EN));
        assertThat(letter.body()).contains("Dear Alderperson O'Shea,\n");
        assertThat(letter.parts().opening())
                .isEqualTo("Alderperson Matthew J. O'Shea, 19th Ward\n\n" + "Dear Alderperson O'Shea,");
    }

    @Test
    void namesWardsWithOrdinalsInEnglishAndNumbersInSpanish() {
        assertThat(IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 42, 50)
                        .mapToObj(NumberExtensions::englishOrdinal))
                .containsExactly(
                        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st", "42nd",
                        "50th");
        Letter spanish = letters.render(LetterRequest.of(CAMPAIGN, 33, NAME, ADDRESS, Language.ES));
        assertThat(spanish.parts().opening())
                .isEqualTo("Concejal Rossana Rodriguez Sanchez, Distrito 33\n\n"
                        + "Apreciable concejal Rodriguez Sanchez:");
        assertThat(spanish.parts().signature())
                .isEqualTo("Atentamente,\n" + NAME + "\n" + ADDRESS + "\nResidente del Distrito 33");
    }

    @Test
    void insertsThePersonalSentenceAtTheMarkedPlace() {
        String note = "My neighbors called 911 last year and were not afraid to.";
        Letter letter = letters.render(
                LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN).withPersonalNote("  " + note + "\r\n"));

        assertThat(letter.body())
                .contains("tens of millions of dollars in settlement costs.\n\n" + note
                        + "\n\nThe Chicago City Council, as the governing body");
        assertThat(letter.parts().personalNote()).isEqualTo(note);
        assertThat(letter.parts().text()).doesNotContain(note);
        assertThat(letter.personalised()).isTrue();
        assertThat(letter.edited()).isFalse();
    }

    @Test
    void withoutPersonalSentenceTheMarkerLeavesNoTrace() {
        Letter letter = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.ES));
        assertThat(letter.body())
                .contains("decenas de millones de dólares en acuerdos judiciales.\n\n"
                        + "El Concejo Municipal de Chicago, como órgano de gobierno");
    }

    @Test
    void keepsTheResidentsEditAsWrittenAndSendsOnlyTheFootnotesItCites() {
        String edit = "I oppose O2023-0004222.\n\n    Indented, {alder.name} stays as typed, & so does <this>.[3]\n"
                + "Another line.";
        Letter letter = letters.render(
                LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN).withBody(edit.replace("\n", "\r\n")));

        assertThat(letter.parts().text()).isEqualTo(edit);
        assertThat(letter.body()).contains("Dear Alderperson Lopez,\n\n" + edit + "\n\nYours,\n" + NAME);
        assertThat(letter.parts().notes())
                .isEqualTo("Notes:\n[3] https://www.americanimmigrationcouncil.org/sites/"
                        + "default/files/research/sanctuary_policies_an_overview.pdf");
        assertThat(letter.edited()).isTrue();
        assertThat(letter.personalised()).isTrue();
    }

    @Test
    void anEditWithoutCitationsSendsNoNotes() {
        Letter letter = letters.render(
                LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN).withBody("Please vote no."));
        assertThat(letter.parts().notes()).isEmpty();
        assertThat(letter.body()).endsWith("Constituent of the 15th Ward\n");
    }

    @Test
    void theCampaignTextSentBackUnchangedIsNotAnEdit() {
        Letter preview = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.ES));
        Letter sent = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.ES)
                .withBody(preview.parts().text().replace("\n", "\r\n") + "\r\n  "));

        assertThat(sent.edited()).isFalse();
        assertThat(sent.body()).isEqualTo(preview.body());
    }

    @Test
    void aPersonalSentenceInAnEditedBodyFollowsTheSameParagraphIfItIsStillThere() {
        Letter preview = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN));
        String edited = "My own first paragraph.\n\n" + preview.parts().text();
        Letter letter = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN)
                .withBody(edited)
                .withPersonalNote("It matters to me."));

        assertThat(letter.edited()).isTrue();
        assertThat(letter.body()).contains("in settlement costs.\n\nIt matters to me.\n\nThe Chicago City Council");

        Letter rewritten = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN)
                .withBody("Short.\n\nVote no.")
                .withPersonalNote("It matters to me."));
        assertThat(rewritten.parts().text()).isEqualTo("Short.\n\nVote no.");
        assertThat(rewritten.body()).contains("Short.\n\nVote no.\n\nIt matters to me.\n\nYours,");
    }

    @Test
    void theSameResidentAlwaysGetsTheSameSubjectAndResidentsGetThemAll() {
        LetterRequest request = LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN);
        assertThat(letters.render(request).subject())
                .isEqualTo(letters.render(request).subject());
        assertThat(letters.render(request.withSeed("a")).subjectIndex())
                .isEqualTo(letters.render(request.withSeed("a")).subjectIndex());

        Set<Integer> seen = new HashSet<>();
        for (int ward = 1; ward <= 50; ward++) {
            seen.add(letters.render(LetterRequest.of(CAMPAIGN, ward, NAME, ADDRESS, Language.EN))
                    .subjectIndex());
        }
        assertThat(seen).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void fillsThePlaceholdersOfRotatingSubjects() {
        Set<String> subjects = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            subjects.add(letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.ES)
                            .withSeed("seed " + i))
                    .subject());
        }
        assertThat(subjects)
                .containsExactlyInAnyOrder(
                        "VOTE NO a la Ordenanza 2023-0004222 el 15 de enero",
                        "Concejal Lopez: por favor, VOTE NO a la O2023-0004222",
                        "Que Chicago siga siendo una Ciudad Acogedora: VOTE NO a la Ordenanza 2023-0004222",
                        "Una persona residente del Distrito 15 le pide que VOTE NO a la O2023-0004222");
    }

    @Test
    void usesTheResidentsOwnSubject() {
        Letter letter = letters.render(LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN)
                .withSubject("  Please vote no, from a neighbor  "));
        assertThat(letter.subject()).isEqualTo("Please vote no, from a neighbor");
        assertThat(letter.subjectIndex()).isEqualTo(-1);
    }

    @Test
    void rejectsFieldsThatCannotGoIntoALetterNamingTheField() {
        LetterRequest valid = LetterRequest.of(CAMPAIGN, 15, NAME, ADDRESS, Language.EN);
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, "  ", ADDRESS, Language.EN), "name");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, null, ADDRESS, Language.EN), "name");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, "Ana\nBcc: x@example.org", ADDRESS, Language.EN), "name");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, "Ana\u2028Lopez", ADDRESS, Language.EN), "name");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, "Ana \u202EzepoL", ADDRESS, Language.EN), "name");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, "x".repeat(101), ADDRESS, Language.EN), "name");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, NAME, "1 N State St\u0000", Language.EN), "address");
        assertInvalid(LetterRequest.of(CAMPAIGN, 15, NAME, "x".repeat(201), Language.EN), "address");
        assertInvalid(valid.withSubject("Vote no\r\nBcc: someone@example.org"), "subject");
        assertInvalid(valid.withBody("Text with a bell \u0007"), "body");
        assertInvalid(valid.withBody("x".repeat(20_001)), "body");
        assertInvalid(valid.withPersonalNote("x".repeat(1_001)), "personalNote");
    }

    @Test
    void acceptsNamesInEveryScript() {
        String name = "Nguyễn Thị Minh Khai 阮氏明開 👩🏽‍🦱";
        Letter letter = letters.render(LetterRequest.of(CAMPAIGN, 15, name, ADDRESS, Language.EN));
        assertThat(letter.parts().signature()).contains(name);
    }

    @Test
    void unknownCampaignsAndWardsAreReported() {
        assertThatThrownBy(() -> letters.render(LetterRequest.of("nope", 15, NAME, ADDRESS, Language.EN)))
                .isInstanceOf(UnknownCampaignException.class);
        assertThatThrownBy(() -> letters.render(LetterRequest.of(CAMPAIGN, 0, NAME, ADDRESS, Language.EN)))
                .isInstanceOf(UnknownWardException.class);
        assertThatThrownBy(() -> letters.render(LetterRequest.of(CAMPAIGN, 51, NAME, ADDRESS, Language.EN)))
                .isInstanceOf(UnknownWardException.class);
    }

    @Test
    void closedCampaignsStillRenderForPreview() {
        assertThat(letters.render(LetterRequest.of(TestCampaigns.CLOSED, 15, NAME, ADDRESS, Language.EN))
                        .body())
                .contains("Please vote NO on O2025-0000001.[1]");
    }

    @Test
    void fillsThePhoneScriptForTheResidentsAlder() {
        PhoneScript<String> english = letters.phoneScript(CAMPAIGN, 15, "Ana Ruiz", ADDRESS, Language.EN);
        assertThat(english.opening())
                .startsWith(
                        "Hi, thank you for taking my call. My name is Ana Ruiz and I am a"
                                + " constituent of the 15th Ward and I am calling to make sure that Ald Lopez will be voting no");
        assertThat(english.no()).startsWith("Can you let me know why Ald. Lopez wants");
        assertThat(english.unsure()).contains("have a chance to speak with Ald Lopez or policy director");
        assertThat(english.yes()).startsWith("Thank you for committing");

        PhoneScript<String> spanish = letters.phoneScript(CAMPAIGN, 48, "Ana Ruiz", ADDRESS, Language.ES);
        assertThat(spanish.opening())
                .startsWith("Hola, gracias por atender mi llamada. Me llamo Ana Ruiz, soy"
                        + " residente del Distrito 48 y llamo para asegurarme de que Leni Manaa-Hoppenworth votará NO");
        for (String line : List.of(
                english.opening(), english.no(), english.unsure(), spanish.opening(), spanish.no(), spanish.unsure())) {
            assertThat(UNFILLED.matcher(line).find()).as(line).isFalse();
        }
    }

    private void assertInvalid(LetterRequest request, String field) {
        assertThatThrownBy(() -> letters.render(request))
                .isInstanceOfSatisfying(
                        InvalidLetterFieldException.class,
                        e -> assertThat(e.field()).isEqualTo(field));
    }
}
