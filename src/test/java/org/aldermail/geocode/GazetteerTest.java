package org.aldermail.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aldermail.testsupport.DataFiles;
import org.aldermail.ward.WardIndex;
import org.aldermail.ward.WardMapReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gazetteer's places are where it says: every point is in its listed ward, and residents' ways of naming them find them. */
class GazetteerTest {

    static WardIndex wards;
    static Geocoder geocoder;
    static AmbiguityRule rule;

    @BeforeAll
    static void load() {
        wards = WardIndex.build(WardMapReader.read(DataFiles.WARDS_2023));
        geocoder = Geocoder.load(
                DataFiles.STREET_NAMES,
                DataFiles.STREET_INTERSECTIONS,
                Optional.empty(),
                Gazetteer.read(AccuracyHarnessTest.PLACES));
        rule = new AmbiguityRule(wards, ErrorModel.shipped());
    }

    @Test
    void everyPlaceIsInTheWardItLists() throws Exception {
        List<String> wrong = new ArrayList<>();
        int places = 0;
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(AccuracyHarnessTest.PLACES.toFile())) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                places++;
                assertThat(row.get("source")).as(row.get("name") + " source").isNotBlank();
                int listed = Integer.parseInt(row.get("ward"));
                int mapped =
                        wards.wardAt(Double.parseDouble(row.get("longitude")), Double.parseDouble(row.get("latitude")));
                if (mapped != listed) {
                    wrong.add(row.get("name") + ": listed " + listed + ", ward map " + mapped);
                }
            }
        }
        assertThat(places).isGreaterThanOrEqualTo(15);
        assertThat(wrong).isEmpty();
    }

    @Test
    void oHareByNameOrByItsTerminalAddressIsWard41() {
        for (String typed : List.of(
                "O'Hare",
                "ohare airport, Chicago IL",
                "11601 W Touhy Ave",
                "11601 W TOUHY AVE TERMINAL 5, CHICAGO, IL 60666",
                "11601 West Touhy Avenue Conc H/K Term 3",
                "10000 W O'Hare Ave")) {
            GeocodedAddress found = geocoder.geocode(typed);
            WardDecision decision = rule.decide(found);
            assertThat(found.placement().method()).as(typed).isEqualTo(Placement.Method.PLACE);
            assertThat(decision.ambiguous()).as(typed).isFalse();
            assertThat(decision.ward()).as(typed).isEqualTo(41);
        }
    }

    @Test
    void namedBuildingsAndCampusesAreFound() {
        assertThat(geocoder.geocode("Merchandise Mart").normalized()).isEqualTo("Merchandise Mart");
        assertThat(geocoder.geocode("MIDWAY AIRPORT").normalized()).isEqualTo("Midway International Airport");
        assertThat(geocoder.geocode("600 E Grand Ave").normalized()).isEqualTo("Navy Pier");
        assertThat(rule.decide(geocoder.geocode("Navy Pier")).ward()).isEqualTo(42);
        assertThat(geocoder.geocode("UIC").normalized()).isEqualTo("University of Illinois Chicago");
    }

    @Test
    void anOrdinaryAddressOnTheSameStreetIsStillPlacedOnTheGrid() {
        assertThat(geocoder.geocode("6500 W Touhy Ave").placement().method()).isNotEqualTo(Placement.Method.PLACE);
    }
}
