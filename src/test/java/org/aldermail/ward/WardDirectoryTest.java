package org.aldermail.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.aldermail.testsupport.DataFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Startup: what the directory loads, and that a broken file stops it with the reason. */
class WardDirectoryTest {

    @TempDir
    Path scratch;

    private static WardConfig config(Path map, Path roster) {
        return new WardConfig() {
            @Override
            public Path mapFile() {
                return map;
            }

            @Override
            public Optional<Path> rosterFile() {
                return Optional.ofNullable(roster);
            }
        };
    }

    @Test
    void loadsTheConfiguredMapAndTheDefaultRoster() {
        WardDirectory directory = new WardDirectory(config(DataFiles.WARDS_2015, null));
        assertThat(directory.rosterFile()).isEqualTo(DataFiles.ALDERS_CSV);
        assertThat(directory.wardAt(41.80114728284117, -87.69116329942362)).contains(14);
        assertThat(directory.alder(15).orElseThrow().surname()).isEqualTo("Lopez");
    }

    @Test
    void loadsTheCitysRosterFormatWhenConfigured() {
        WardDirectory directory = new WardDirectory(config(DataFiles.WARDS_2023, DataFiles.WARD_OFFICES_JSON));
        assertThat(directory.alder(35).orElseThrow().name()).isEqualTo("Anthony J. Quezada");
    }

    @Test
    void aBrokenMapStopsStartupWithTheReason() throws IOException {
        Path truncated = scratch.resolve("wards.geojson");
        Files.writeString(truncated, DataFiles.read(DataFiles.WARDS_2023).substring(0, 5000));
        assertThatThrownBy(() -> new WardDirectory(config(truncated, DataFiles.ALDERS_CSV)))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining(truncated.toString())
                .hasMessageContaining("cannot be read");
        Path absent = scratch.resolve("absent.geojson");
        assertThatThrownBy(() -> new WardDirectory(config(absent, DataFiles.ALDERS_CSV)))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining(absent.toString());
    }
}
