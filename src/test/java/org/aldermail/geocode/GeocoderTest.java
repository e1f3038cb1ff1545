package org.aldermail.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.aldermail.testsupport.DataFiles;
import org.aldermail.ward.LocalMetres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The offline geocoder on the real street data: matching rules and placement. */
class GeocoderTest {

    static Geocoder geocoder;

    @BeforeAll
    static void load() {
        geocoder = Geocoder.load(DataFiles.STREET_NAMES, DataFiles.STREET_INTERSECTIONS, Optional.empty());
    }

    static GeocodeException failure(String input) {
        try {
            geocoder.geocode(input);
        } catch (GeocodeException e) {
            return e;
        }
        throw new AssertionError(input + " was geocoded");
    }

    @ParameterizedTest
    @CsvSource({
        "1234 Fullerton, 1234 W FULLERTON AVE",
        "1600 North Ave, 1600 W NORTH AVE",
        "4544 North Broadway, 4544 N BROADWAY",
        "1234 North Shore Ave, 1234 W NORTH SHORE AVE",
    })
    void readsADirectionWordAsTheNameWhenTheStreetIsNamedSo(String input, String normalized) {
        assertThat(geocoder.geocode(input).normalized()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource({
        "1100 W 63 St, 1100 W 63RD ST",
        "1100 W 63rd Street, 1100 W 63RD ST",
        "4700 S Martin Luther King Dr, 4700 S DR MARTIN LUTHER KING JR DR",
        "4700 S Dr Martin Luther King Jr Dr, 4700 S DR MARTIN LUTHER KING JR DR",
        "4700 S MLK Dr, 4700 S DR MARTIN LUTHER KING JR DR",
        "5000 N DuSable Lake Shore Dr, 5000 N LAKE SHORE DR",
        "3900 W Irving Park Rd, 3900 W IRVING PARK RD",
        "121 N LaSalle St, 121 N LA SALLE ST",
        "2500 S Saint Louis Ave, 2500 S ST LOUIS AVE",
        "502 W 55th Blvd, 502 W GARFIELD BLVD",
        "9531 S Jeffery Blvd, 9531 S JEFFERY AVE",
        "13330 S Avenue M, 13330 S AVENUE M",
        "2157 W North Ave 1st #, 2157 W NORTH AVE",
        "2821 W Diversey Ave G, 2821 W DIVERSEY AVE",
    })
    void numberedRenamedAndMultiWordStreets(String input, String normalized) {
        assertThat(geocoder.geocode(input).normalized()).isEqualTo(normalized);
    }

    @Test
    void oneOrTwoWrongLettersAreCorrectedWhenOnlyOneStreetFits() {
        GeocodedAddress oneTypo = geocoder.geocode("1234 W Fulerton Ave");
        assertThat(oneTypo.normalized()).isEqualTo("1234 W FULLERTON AVE");
        assertThat(oneTypo.match().corrected()).isTrue();
        assertThat(geocoder.geocode("2400 N Milwakee Avenue").normalized()).isEqualTo("2400 N MILWAUKEE AVE");
        assertThat(geocoder.geocode("900 N Lake Shoqe Dr").normalized()).isEqualTo("900 N LAKE SHORE DR");
    }

    @Test
    void typosThatFitSeveralStreetsAreSuggestions() {
        GeocodeException e = failure("6509 W Ascher Ave");
        assertThat(e.reason()).isEqualTo(GeocodeException.Reason.STREET_NOT_FOUND);
        List<String> suggestions = ((AddressFailure.StreetNotFound) e.failure()).suggestions();
        assertThat(suggestions).contains("W ARCHER AVE").hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void anUnknownStreetIsNotFound() {
        assertThat(failure("1234 W Qwxyz St").reason()).isEqualTo(GeocodeException.Reason.STREET_NOT_FOUND);
        assertThat(((AddressFailure.StreetNotFound)
                                failure("1234 N Fullerton Ave").failure())
                        .suggestions())
                .isEqualTo(List.of("W FULLERTON AVE"));
    }

    @Test
    void aMissingDirectionNeedsChoosingWhenBothHaveTheNumber() {
        GeocodeException e = failure("100 100th St");
        assertThat(e.reason()).isEqualTo(GeocodeException.Reason.DIRECTION_NEEDED);
        assertThat(((AddressFailure.DirectionNeeded) e.failure()).choices())
                .isEqualTo(List.of("100 E 100TH ST", "100 W 100TH ST"));
    }

    @Test
    void aNumberOutsideTheStreetsRangeIsItsOwnError() {
        GeocodeException e = failure("99999 W Fullerton Ave");
        assertThat(e.reason()).isEqualTo(GeocodeException.Reason.NUMBER_OUT_OF_RANGE);
        assertThat(((AddressFailure.NumberOutOfRange) e.failure()).ranges())
                .isEqualTo(List.of(new AddressFailure.NumberRange("W FULLERTON AVE", 700, 6633)));
    }

    @Test
    void aStreetMissingFromTheIntersectionMapCannotBePlaced() {
        assertThat(failure("3024 E Cheltenham Pl").reason()).isEqualTo(GeocodeException.Reason.NOT_LOCATABLE);
    }

    @Test
    void evenNumbersAreOnTheNorthSideOfEastWestStreets() {
        Placement even = geocoder.geocode("2400 W Fullerton Ave").placement();
        Placement odd = geocoder.geocode("2401 W Fullerton Ave").placement();
        assertThat(even.lat()).isGreaterThan(odd.lat());
        assertThat(LocalMetres.distance(even.lon(), even.lat(), odd.lon(), odd.lat()))
                .isBetween(20.0, 30.0);
    }

    @Test
    void evenNumbersAreOnTheWestSideOfNorthSouthStreets() {
        Placement even = geocoder.geocode("2400 N Western Ave").placement();
        Placement odd = geocoder.geocode("2401 N Western Ave").placement();
        assertThat(even.lon()).isLessThan(odd.lon());
    }

    @Test
    void theFifteenthWardOfficeIsPlacedWithinAFewMetres() {
        // 2650 W 51st St, Ward Offices dataset location
        Placement p =
                geocoder.geocode("2650 West 51st Street, Chicago, IL 60632").placement();
        assertThat(LocalMetres.distance(p.lon(), p.lat(), -87.69116329942362, 41.80114728284117))
                .isLessThan(25);
    }

    @Test
    void completesStreetNamesFromAnyWord() {
        assertThat(geocoder.catalog().complete("fuller", 10))
                .extracting(Street::display)
                .startsWith("W FULLERTON AVE");
        assertThat(geocoder.catalog().complete("king", 10))
                .extracting(Street::display)
                .contains("S DR MARTIN LUTHER KING JR DR");
        assertThat(geocoder.catalog().complete("w 63", 10))
                .extracting(Street::display)
                .contains("W 63RD ST")
                .allMatch(name -> name.startsWith("W "));
        assertThat(geocoder.catalog().complete("s", 10)).hasSize(10);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "",
                " ",
                "0",
                "1234",
                "1234 N",
                "1234 ,",
                "1234 #",
                "1234 W",
                "0 W Fullerton Ave",
                "999999 W Fullerton Ave",
                "99999999999 W Fullerton",
                "1234 W Fullerton Ave Ave Ave",
                "1234 🏠 Fullerton",
                "١٢٣٤ W Fullerton Ave",
                "1234 W ' Fullerton",
                "1234 - - -",
                "1234 1/2",
                "1234 W A",
                "1 N",
                "-5 W Fullerton Ave",
                "1234 ST ST",
                "1234 AVENUE",
                "1234 N N N N",
                "12a W Fullerton",
                "1234 W Fullerton Ave%00"
            })
    void oddInputIsAnErrorWeExplainNeverACrash(String input) {
        try {
            geocoder.geocode(input);
        } catch (GeocodeException expected) {
            assertThat(expected.reason()).isNotNull();
            assertThat(expected.getMessage()).isNotBlank();
        }
    }
}
