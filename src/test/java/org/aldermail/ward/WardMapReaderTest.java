package org.aldermail.ward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.aldermail.testsupport.DataFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WardMapReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static byte[] map2023;

    @BeforeAll
    static void readOriginal() throws IOException {
        map2023 = java.nio.file.Files.readAllBytes(DataFiles.WARDS_2023);
    }

    /** The 2023 map with one change applied to its JSON. */
    private static List<WardShape> readChanged(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(map2023);
        change.accept(root);
        return WardMapReader.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "changed.geojson");
    }

    private static ArrayNode features(ObjectNode root) {
        return (ArrayNode) root.get("features");
    }

    private static ObjectNode feature(ObjectNode root, int ward) {
        for (var feature : features(root)) {
            if (feature.path("properties").path("ward").asInt() == ward) {
                return (ObjectNode) feature;
            }
        }
        throw new IllegalArgumentException("no ward " + ward);
    }

    private static void setGeometry(ObjectNode root, int ward, String geometryJson) {
        try {
            feature(root, ward).set("geometry", JSON.readTree(geometryJson));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsAllFiftyWardsOfBothMaps() {
        assertThat(WardMapReader.read(DataFiles.WARDS_2023))
                .extracting(WardShape::number)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(WardMapReader.read(DataFiles.WARDS_2015)).hasSize(50);
    }

    @Test
    void rejectsAMapWithAWardMissing() {
        assertThatThrownBy(() -> readChanged(root -> features(root).remove(16)))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("has 49 wards, not 50")
                .hasMessageContaining("missing ward(s) [17]");
    }

    @Test
    void rejectsADuplicateWardNumber() {
        assertThatThrownBy(() ->
                        readChanged(root -> ((ObjectNode) feature(root, 2).get("properties")).put("ward", "1")))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("ward 1 appears more than once");
    }

    @Test
    void rejectsAFeatureWithoutAWardNumber() {
        assertThatThrownBy(() ->
                        readChanged(root -> ((ObjectNode) feature(root, 3).get("properties")).remove("ward")))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("has no properties.ward");
        assertThatThrownBy(() ->
                        readChanged(root -> ((ObjectNode) feature(root, 3).get("properties")).put("ward", "three")))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("'three' is not a whole number");
        assertThatThrownBy(() ->
                        readChanged(root -> ((ObjectNode) feature(root, 3).get("properties")).put("ward", "51")))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("outside 1..50");
    }

    @Test
    void rejectsCoordinatesThatAreNotLonLat() {
        String swapped =
                "{\"type\":\"Polygon\",\"coordinates\":[[[41.88,-87.63],[41.89,-87.63],[41.89,-87.62],[41.88,-87.63]]]}";
        assertThatThrownBy(() -> readChanged(root -> setGeometry(root, 5, swapped)))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("not longitude/latitude");
        String statePlaneFeet =
                "{\"type\":\"Polygon\",\"coordinates\":[[[1176000,1900000],[1177000,1900000],[1177000,1901000],[1176000,1900000]]]}";
        assertThatThrownBy(() -> readChanged(root -> setGeometry(root, 5, statePlaneFeet)))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("ward 5")
                .hasMessageContaining("not longitude/latitude");
    }

    @Test
    void rejectsAGeometryThatIsNotAnArea() {
        assertThatThrownBy(() ->
                        readChanged(root -> setGeometry(root, 7, "{\"type\":\"Point\",\"coordinates\":[-87.6,41.8]}")))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("geometry is Point");
    }

    @Test
    void rejectsAnInvalidGeometryThatCannotBeRepairedWithoutChangingTheWard() {
        String bowTie =
                "{\"type\":\"Polygon\",\"coordinates\":[[[-87.70,41.80],[-87.60,41.90],[-87.60,41.80],[-87.70,41.90],[-87.70,41.80]]]}";
        assertThatThrownBy(() -> readChanged(root -> setGeometry(root, 9, bowTie)))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("ward 9")
                .hasMessageContaining("cannot be repaired");
    }

    @Test
    void repairsAnInvalidGeometryWhenTheRepairKeepsTheArea() throws IOException {
        // A zero-width spike makes the ring self-intersect; removing it changes nothing of the area.
        String spiked =
                "{\"type\":\"Polygon\",\"coordinates\":[[[-87.70,41.80],[-87.60,41.80],[-87.60,41.85],[-87.55,41.85],"
                        + "[-87.60,41.85],[-87.60,41.90],[-87.70,41.90],[-87.70,41.80]]]}";
        List<WardShape> wards = readChanged(root -> setGeometry(root, 9, spiked));
        WardShape ward9 = wards.get(8);
        assertThat(ward9.area().isValid()).isTrue();
        assertThat(ward9.area().getArea()).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void rejectsSomethingThatIsNotAFeatureCollection() {
        assertThatThrownBy(() ->
                        WardMapReader.read(new ByteArrayInputStream("{\"type\":\"Feature\"}".getBytes()), "x.geojson"))
                .isInstanceOf(WardMapException.class)
                .hasMessageContaining("not a GeoJSON FeatureCollection");
    }
}
