package org.aldermail.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.aldermail.testsupport.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlderRosterReaderTest {

    @TempDir
    Path scratch;

    private Path csvWith(java.util.function.UnaryOperator<List<String>> change) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(DataFiles.ALDERS_CSV));
        Path file = scratch.resolve("alders.csv");
        Files.write(file, change.apply(lines));
        return file;
    }

    @Test
    void readsTheCuratedCsv() {
        Map<Integer, Alder> alders = AlderRosterReader.read(DataFiles.ALDERS_CSV);
        assertThat(alders).hasSize(50);
        Alder lopez = alders.get(15);
        assertThat(lopez.name()).isEqualTo("Raymond A. Lopez");
        assertThat(lopez.surname()).isEqualTo("Lopez");
        assertThat(lopez.email()).isEqualTo("Ward15@cityofchicago.org");
        assertThat(lopez.asOf()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(alders.get(35).asOf()).as("a month-only as_of").isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(alders.get(1).surname()).isEqualTo("La Spata");
        assertThat(alders.get(33).surname()).isEqualTo("Rodriguez Sanchez");
        assertThat(alders.get(27).surname()).isEqualTo("Burnett");
        assertThat(alders.get(41).surname()).isEqualTo("Napolitano");
    }

    @Test
    void readsTheCitysWardOfficesJson() {
        Map<Integer, Alder> alders = AlderRosterReader.read(DataFiles.WARD_OFFICES_JSON);
        assertThat(alders).hasSize(50);
        assertThat(alders.get(27).name()).isEqualTo("Walter Burnett, Jr.");
        assertThat(alders.get(27).surname()).isEqualTo("Burnett");
        assertThat(alders.get(33).surname()).isEqualTo("Rodriguez Sanchez");
        assertThat(alders.get(35).name()).isEqualTo("Anthony J. Quezada");
        assertThat(alders.get(1).office()).isEqualTo("1958 North Milwaukee Avenue, Chicago, IL 60647");
        assertThat(alders.get(1).phone()).isEqualTo("(872) 206-2685");
    }

    @Test
    void rejectsAnImplausibleEmail() throws IOException {
        Path file = csvWith(lines -> {
            lines.set(3, lines.get(3).replace("Ward03@cityofchicago.org", "ward03 at city"));
            return lines;
        });
        assertThatThrownBy(() -> AlderRosterReader.read(file))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("ward 3 email 'ward03 at city' is not a plausible address");
    }

    @Test
    void rejectsTwoRowsForOneWard() throws IOException {
        Path file = csvWith(lines -> {
            lines.add(lines.get(5));
            return lines;
        });
        assertThatThrownBy(() -> AlderRosterReader.read(file))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("ward 5 appears more than once");
    }

    @Test
    void rejectsAMissingWard() throws IOException {
        Path file = csvWith(lines -> {
            lines.remove(12);
            return lines;
        });
        assertThatThrownBy(() -> AlderRosterReader.read(file))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("no row for ward(s) [12]");
    }

    @Test
    void rejectsABrokenDateNamingTheLine() throws IOException {
        Path file = csvWith(lines -> {
            lines.set(2, lines.get(2).replaceAll(",2025-05-09$", ",May 2025"));
            return lines;
        });
        assertThatThrownBy(() -> AlderRosterReader.read(file))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("as_of 'May 2025'");
    }

    @Test
    void rejectsAWardNumberOutOfRange() throws IOException {
        Path file = csvWith(lines -> {
            lines.set(1, lines.get(1).replaceFirst("^1,", "51,"));
            return lines;
        });
        assertThatThrownBy(() -> AlderRosterReader.read(file))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("ward '51' is not a number from 1 to 50");
    }
}
