package org.aldermail.campaign;

import static org.aldermail.campaign.CampaignFolders.edit;
import static org.aldermail.campaign.CampaignFolders.lineOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import org.aldermail.web.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every mistake an organizer can make in a campaign folder is reported with its file and line. */
class CampaignFormatTest {

    @TempDir
    Path root;

    Path folder;
    Path yaml;
    Path en;
    Path es;

    @BeforeEach
    void writeValidCampaign() {
        folder = CampaignFolders.valid(root, "test-campaign");
        yaml = folder.resolve("campaign.yaml");
        en = folder.resolve("en.txt");
        es = folder.resolve("es.txt");
    }

    @Test
    void theValidFolderLoads() {
        Campaign campaign = load();
        assertThat(campaign.slug()).isEqualTo("test-campaign");
        assertThat(campaign.goal()).isEqualTo(500);
        assertThat(campaign.sender()).isEqualTo(CampaignFolders.DEFAULT_SENDER);
        assertThat(campaign.confirmSender()).isEmpty();
        assertThat(campaign.text(Language.EN).footnotes()).hasSize(1);
    }

    // ---- placeholders ----

    @Test
    void anUnknownPlaceholderIsReportedWithItsLineAndASuggestion() {
        edit(en, "Thank you, {alder.name}.", "Thank you, {alder.nmae}.");
        assertError(en, lineOf(en, "{alder.nmae}"), "unknown placeholder {alder.nmae} (did you mean {alder.name}?)");
    }

    @Test
    void aShortPlaceholderNameSuggestsTheFullOne() {
        edit(es, "Me llamo {resident.name}", "Me llamo {name}");
        assertError(
                es,
                lineOf(es, "{name}"),
                "unknown placeholder {name} (did you mean {alder.name}, {ward.name} or {resident.name}?)");
    }

    @Test
    void aPlaceholderWithSpacesIsReported() {
        edit(en, "Vote NO, Alderperson {alder.surname}", "Vote NO, Alderperson { alder.surname }");
        assertError(en, lineOf(en, "{ alder.surname }"), "write {alder.surname} without spaces inside the braces");
    }

    @Test
    void aQuteSectionIsNotAllowed() {
        edit(en, "Thank you, {alder.name}.", "Thank you{#if alder.name}, {alder.name}{/if}.");
        assertError(en, lineOf(en, "{#if"), "unknown placeholder {#if alder.name}");
    }

    @Test
    void aLoneBraceIsReported() {
        edit(en, "Please vote NO on O2025-0000001.[1]", "Please vote NO on {O2025-0000001.[1]");
        assertError(en, lineOf(en, "{O2025"), "a lone '{'");
    }

    @Test
    void anEmptyBlankFromTheToolkitIsReported() {
        edit(en, "Why will Ald. {alder.surname} vote yes?", "Why will Ald [] vote yes?");
        assertError(en, lineOf(en, "Ald []"), "'[]' looks like a blank left to fill in");
    }

    @Test
    void aPlaceholderInTextThatIsShownAsWrittenIsReported() {
        edit(en, "Vote NO!", "Tell Ald. {alder.surname}: vote NO!");
        assertError(en, lineOf(en, "Tell Ald."), "[social] is shown as written and fills no placeholders");
    }

    // ---- sections ----

    @Test
    void aMissingLanguageFileIsReported() throws IOException {
        Files.delete(es);
        assertError(es, 0, "missing file");
    }

    @Test
    void aMissingSectionIsReported() {
        edit(es, "[phone-unsure]\nPor favor, llámeme.\n", "");
        assertError(es, 0, "missing section [phone-unsure]");
    }

    @Test
    void anEmptySectionIsReported() {
        edit(es, "[social]\n¡Vote NO!\n", "[social]\n\n");
        assertError(es, lineOf(es, "[social]"), "section [social] is empty");
    }

    @Test
    void anUnknownSectionIsReported() {
        edit(en, "[phone-unsure]", "[phone-maybe]");
        assertError(en, lineOf(en, "[phone-maybe]"), "unknown section [phone-maybe]");
    }

    @Test
    void aRepeatedSectionIsReported() {
        edit(en, "[social]\nVote NO!\n", "[social]\nVote NO!\n\n[social]\nAgain\n");
        assertError(
                en,
                lineOf(en, "Again") - 1,
                "section [social] appears twice (first at line " + lineOf(en, "[social]") + ")");
    }

    @Test
    void aTitleOnTwoLinesIsReported() {
        edit(en, "Vote NO on O2025-0000001\n", "Vote NO on\nO2025-0000001\n");
        assertError(en, lineOf(en, "O2025-0000001") + 0, "[title] must be a single line");
    }

    @Test
    void anEmptySubjectListIsReported() {
        edit(es, "Vote NO, concejal {alder.surname}\n", "\n");
        assertError(es, lineOf(es, "[subjects]"), "empty subject list");
    }

    @Test
    void anOverlongSubjectIsReported() {
        edit(en, "Vote NO, Alderperson {alder.surname}", "Vote NO " + "please ".repeat(30));
        assertError(en, lineOf(en, "please please"), "subject longer than 150 characters");
    }

    // ---- the personal sentence ----

    @Test
    void aLetterWithoutThePersonalSentenceMarkerIsReported() {
        edit(es, "{personalNote}\n", "");
        assertError(es, lineOf(es, "[letter]"), "[letter] needs a line {personalNote}");
    }

    @Test
    void aSecondMarkerIsReported() {
        edit(en, "Thank you, {alder.name}.", "{personalNote}\n\nThank you, {alder.name}.");
        String[] lines = CampaignFolders.read(en).split("\n");
        int second = 0;
        for (int i = 0, seen = 0; i < lines.length; i++) {
            if (lines[i].equals("{personalNote}") && ++seen == 2) {
                second = i + 1;
            }
        }
        assertError(en, second, "{personalNote} appears more than once");
    }

    @Test
    void aMarkerInsideAParagraphIsReported() {
        edit(en, "Thank you, {alder.name}.", "Thank you, {personalNote}.");
        assertError(
                en,
                lineOf(en, "Thank you, {personalNote}"),
                "{personalNote} belongs in [letter] only, alone on" + " its own line");
    }

    // ---- footnotes ----

    @Test
    void aCitationWithoutFootnoteIsReported() {
        edit(en, "Please vote NO on O2025-0000001.[1]", "Please vote NO on O2025-0000001.[1][2]");
        assertError(en, lineOf(en, "[1][2]"), "[letter] cites [2] but [footnotes] has no [2]");
    }

    @Test
    void aFootnoteThatIsNotCitedIsReported() {
        edit(es, "[1] Un estudio, https://example.org/study.", "[1] Un estudio, https://example.org/study.\n[2] Otro.");
        assertError(es, lineOf(es, "[2] Otro."), "footnote [2] is not cited in [letter]");
    }

    @Test
    void footnotesOutOfOrderAreReported() {
        edit(en, "[1] A study", "[3] A study");
        assertError(en, lineOf(en, "[3] A study"), "footnote [3] should be [1]");
    }

    @Test
    void aFootnoteLineWithoutNumberIsReported() {
        edit(en, "[1] A study, https://example.org/study.", "[1] A study, https://example.org/study.\nand more");
        assertError(en, lineOf(en, "and more"), "each footnote is one line starting with its number in brackets");
    }

    // ---- campaign.yaml ----

    @Test
    void aBrokenDateIsReportedWithItsLineAndField() {
        edit(yaml, "  date: 2025-03-12", "  date: 2025-02-30");
        assertError(yaml, lineOf(yaml, "2025-02-30"), "meeting.date: '2025-02-30' is not a date");
    }

    @Test
    void aClosingDateWithoutTimeIsReported() {
        edit(yaml, "status: open\n", "status: open\ncloses: 2025-03-12\n");
        assertError(yaml, lineOf(yaml, "closes:"), "closes: '2025-03-12' needs a time as well");
    }

    @Test
    void aBrokenClosingTimeIsReported() {
        edit(yaml, "status: open\n", "status: open\ncloses: next tuesday\n");
        assertError(yaml, lineOf(yaml, "closes:"), "closes: 'next tuesday' is not a date and time");
    }

    @Test
    void aBrokenMeetingTimeIsReported() {
        edit(yaml, "time: \"10:00\"", "time: 25:00");
        assertError(yaml, lineOf(yaml, "time:"), "meeting.time: '25:00' is not a time");
    }

    @Test
    void closingTimesAreReadInChicagoTimeOrWithTheirOffset() {
        edit(yaml, "status: open\n", "status: open\ncloses: 2025-03-12 09:30\n");
        assertThat(load().closesAt())
                .hasValueSatisfying(
                        closes -> assertThat(closes.toOffsetDateTime()).hasToString("2025-03-12T09:30-05:00"));
        edit(yaml, "closes: 2025-03-12 09:30", "closes: 2025-03-12T14:30Z");
        assertThat(load().closesAt().map(ZonedDateTime::toOffsetDateTime))
                .hasValueSatisfying(closes -> assertThat(closes).hasToString("2025-03-12T09:30-05:00"));
    }

    @Test
    void anUnknownStatusIsReported() {
        edit(yaml, "status: open", "status: no");
        assertError(yaml, lineOf(yaml, "status:"), "status: must be open or closed, not 'no'");
    }

    @Test
    void aSlugThatIsNotTheFolderNameIsReported() {
        edit(yaml, "slug: test-campaign", "slug: other-campaign");
        assertError(yaml, 1, "slug: 'other-campaign' must be the campaign's folder name, 'test-campaign'");
    }

    @Test
    void anUnknownFieldIsReported() {
        edit(yaml, "goal: 500", "goal: 500\nclosing_time: 2025-03-12T10:00");
        assertError(yaml, lineOf(yaml, "closing_time"), "unknown field 'closing_time'");
    }

    @Test
    void aMissingFieldIsReported() {
        edit(yaml, "goal: 500\n", "");
        assertError(yaml, 1, "missing field 'goal'");
    }

    @Test
    void aGoalThatIsNotAPositiveNumberIsReported() {
        edit(yaml, "goal: 500", "goal: 1,000");
        assertError(yaml, lineOf(yaml, "goal:"), "goal: '1,000' must be a whole number");
    }

    @Test
    void invalidYamlIsReportedWithItsLine() {
        edit(yaml, "goal: 500", "goal: 500\n  - oops: [");
        CampaignFormatException e = failure();
        assertThat(e.errors()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo(yaml);
            assertThat(error.line()).isGreaterThanOrEqualTo(lineOf(yaml, "oops") - 1);
            assertThat(error.message()).startsWith("not valid YAML");
        });
    }

    @Test
    void aBadSenderAddressIsReported() {
        edit(yaml, "goal: 500", "goal: 500\nsender:\n  address: letters at example.org");
        assertError(yaml, lineOf(yaml, "address:"), "sender.address: 'letters at example.org' is not an email");
    }

    @Test
    void theSenderAndTheConfirmationChoiceCanBeSetPerCampaign() {
        edit(
                yaml,
                "goal: 500",
                "goal: 500\nsender:\n  name: Coalition\n  address: letters@example.org\n" + "confirm-sender: false");
        Campaign campaign = load();
        assertThat(campaign.sender()).isEqualTo(new Campaign.Sender("Coalition", "letters@example.org"));
        assertThat(campaign.confirmSender()).hasValue(false);
    }

    @Test
    void aConfirmSenderThatIsNotTrueOrFalseIsReported() {
        edit(yaml, "goal: 500", "goal: 500\nconfirm-sender: yes");
        assertError(yaml, lineOf(yaml, "confirm-sender"), "confirm-sender: must be true or false, not 'yes'");
    }

    @Test
    void aTranslationOfItselfIsReported() {
        edit(yaml, "from: en", "from: es");
        assertError(yaml, lineOf(yaml, "from:"), "translations.es.from: 'es' must be another of the campaign's");
    }

    @Test
    void aMeetingNeedsAPlaceInEveryLanguage() {
        edit(es, "[place]\nAyuntamiento\n", "");
        assertError(es, 0, "missing section [place]");
    }

    @Test
    void aPlaceWithoutMeetingIsReported() {
        edit(yaml, "meeting:\n  date: 2025-03-12\n  time: \"10:00\"\n", "");
        assertError(en, lineOf(en, "[place]"), "[place] says where the meeting is, but campaign.yaml has no meeting");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Files.write(es, new byte[] {'[', 't', 'i', 't', 'l', 'e', ']', '\n', (byte) 0xE9, '\n'});
        assertError(es, 0, "not UTF-8 text");
    }

    @Test
    void windowsLineEndsAndAByteOrderMarkAreFine() throws IOException {
        Files.writeString(en, "\uFEFF" + CampaignFolders.read(en).replace("\n", "\r\n"));
        assertThat(load().text(Language.EN).title()).isEqualTo("Vote NO on O2025-0000001");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        edit(yaml, "status: open", "status: maybe");
        edit(en, "Thank you, {alder.name}.", "Thank you, {alder.nmae}.");
        edit(es, "{personalNote}\n", "");
        CampaignFormatException e = failure();
        assertThat(e.errors()).hasSize(3);
        assertThat(e.getMessage()).contains("has 3 errors", "campaign.yaml:", "en.txt:", "es.txt:");
    }

    private Campaign load() {
        return CampaignFolders.loader().load(folder);
    }

    private CampaignFormatException failure() {
        CampaignFormatException e = catchThrowableOfType(CampaignFormatException.class, this::load);
        assertThat(e).as("loading should fail").isNotNull();
        return e;
    }

    private void assertError(Path file, int line, String fragment) {
        CampaignFormatException e = failure();
        assertThat(e.errors()).as(e.getMessage()).anySatisfy(error -> {
            assertThat(error.file()).isEqualTo(file);
            assertThat(error.line()).isEqualTo(line);
            assertThat(error.message()).contains(fragment);
        });
        assertThat(e.getMessage()).contains(file + (line > 0 ? ":" + line + ":" : ":"));
        assertThatThrownBy(this::load).isInstanceOf(CampaignFormatException.class);
    }
}
