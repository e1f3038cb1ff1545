package org.aldermail.geocode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aldermail.testsupport.DataFiles;
import org.junit.jupiter.api.Test;

/**
 * The shipped error model is what the data measures: regenerated with {@code -Daldermail.error-model.write=true},
 * and failing when the data or the placement rules changed without regenerating it.
 */
class ErrorModelTest {

    static final Path FILE = Path.of("src/main/resources" + ErrorModel.RESOURCE);

    static List<ErrorMeasurement.Truth> sampleTruths() throws Exception {
        List<ErrorMeasurement.Truth> truths = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(DataFiles.ADDRESS_SAMPLES.toFile())) {
            while (it.hasNext()) {
                Map<String, String> r = it.next();
                truths.add(new ErrorMeasurement.Truth(
                        r.get("address"),
                        Double.parseDouble(r.get("longitude")),
                        Double.parseDouble(r.get("latitude"))));
            }
        }
        return truths;
    }

    @Test
    void shippedModelIsWhatTheDataMeasures() throws Exception {
        Geocoder geocoder = Geocoder.load(
                DataFiles.STREET_NAMES,
                DataFiles.STREET_INTERSECTIONS,
                Optional.empty(),
                Gazetteer.read(AccuracyHarnessTest.PLACES));
        ErrorMeasurement measured = ErrorMeasurement.of(geocoder, sampleTruths());
        String csv = measured.csv();
        System.out.println(csv);
        System.out.println(measured.wrongSideOfCrossing.size()
                + " sample rows on the other side of a crossing than their number says; the first:");
        measured.wrongSideOfCrossing.stream().limit(20).forEach(v -> System.out.println("  " + v));
        if (Boolean.getBoolean("aldermail.error-model.write")) {
            Files.writeString(FILE, csv);
        }
        assertThat(Files.readString(FILE)).as("regenerate " + FILE).isEqualTo(csv);
        ErrorModel.read(new BufferedReader(new StringReader(csv)));
    }
}
