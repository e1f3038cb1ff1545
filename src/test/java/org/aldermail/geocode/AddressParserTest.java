package org.aldermail.geocode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressParserTest {

    @Test
    void readsNumberDirectionAndStreetTokens() {
        ParsedAddress parsed = AddressParser.parse("1234 W Fullerton Ave");
        assertThat(parsed.number()).isEqualTo(1234);
        assertThat(parsed.direction()).contains(Direction.W);
        assertThat(parsed.streetTokens()).containsExactly("FULLERTON", "AVE");
    }

    @Test
    void dropsCityStateZipPlusFourPeriodsAndAccents() {
        ParsedAddress parsed = AddressParser.parse("1234 Wést. Fullërton Ave., Chicago, IL 60614-1234, USA");
        assertThat(parsed.direction()).contains(Direction.W);
        assertThat(parsed.streetTokens()).containsExactly("FULLERTON", "AVE");
    }

    @Test
    void spelledOutDirectionsAreDirections() {
        assertThat(AddressParser.parse("2650 west 51st street").direction()).contains(Direction.W);
        assertThat(AddressParser.parse("2650 N. Clark St").direction()).contains(Direction.N);
    }

    @Test
    void unitDesignatorsAndCommaPartsAreNotTheStreet() {
        assertThat(AddressParser.parse("1234 W Fullerton Ave Apt 2R").streetTokens())
                .containsExactly("FULLERTON", "AVE");
        assertThat(AddressParser.parse("1234 W Fullerton Ave #3F").streetTokens())
                .containsExactly("FULLERTON", "AVE");
        assertThat(AddressParser.parse("121 North LaSalle Street, Room 300, Chicago, IL 60602")
                        .streetTokens())
                .containsExactly("LASALLE", "STREET");
        assertThat(AddressParser.parse("6020 West Higgins Ave STE C").streetTokens())
                .containsExactly("HIGGINS", "AVE");
    }

    @Test
    void houseNumbersWithLettersRangesAndHalvesKeepTheNumber() {
        assertThat(AddressParser.parse("234A W Cermak Rd").number()).isEqualTo(234);
        assertThat(AddressParser.parse("1200-1210 W Fullerton Ave").number()).isEqualTo(1200);
        assertThat(AddressParser.parse("1234 1/2 W Fullerton Ave").streetTokens())
                .containsExactly("FULLERTON", "AVE");
    }

    @Test
    void theWordChicagoStaysWhenItIsTheStreet() {
        assertThat(AddressParser.parse("4924 W Chicago Ave").streetTokens()).containsExactly("CHICAGO", "AVE");
        assertThat(AddressParser.parse("4924 W Chicago").streetTokens()).containsExactly("CHICAGO");
    }

    @Test
    void aMissingDirectionIsLeftForTheMatcher() {
        ParsedAddress parsed = AddressParser.parse("1234 fullerton");
        assertThat(parsed.direction()).isEmpty();
        assertThat(parsed.directionToken()).isEqualTo(Optional.empty());
        assertThat(parsed.streetTokens()).isEqualTo(List.of("FULLERTON"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello world", "W Fullerton Ave 1234", "Chicago, IL 60614", "#3F"})
    void textWithoutALeadingHouseNumberIsUnparseable(String input) {
        assertThatThrownBy(() -> AddressParser.parse(input))
                .isInstanceOfSatisfying(
                        GeocodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(GeocodeException.Reason.UNPARSEABLE));
    }

    @Test
    void inputsOver200CharactersOrWithControlCharactersAreRejected() {
        assertThatThrownBy(() -> AddressParser.parse("1234 W Fullerton Ave " + "x".repeat(200)))
                .isInstanceOfSatisfying(
                        GeocodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(GeocodeException.Reason.INVALID_INPUT));
        assertThatThrownBy(() -> AddressParser.parse("1234 W Fullerton\u0000 Ave"))
                .isInstanceOfSatisfying(
                        GeocodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(GeocodeException.Reason.INVALID_INPUT));
        assertThatThrownBy(() -> AddressParser.parse("1234 W Fullerton\nAve"))
                .isInstanceOfSatisfying(
                        GeocodeException.class,
                        e -> assertThat(e.reason()).isEqualTo(GeocodeException.Reason.INVALID_INPUT));
    }
}
