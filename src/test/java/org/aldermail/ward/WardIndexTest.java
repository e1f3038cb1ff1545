package org.aldermail.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.aldermail.testsupport.DataFiles;
import org.aldermail.testsupport.DataFiles.WardOffice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

class WardIndexTest {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static List<WardShape> wards2023;
    private static WardIndex index2023;

    @BeforeAll
    static void loadMap() {
        wards2023 = WardMapReader.read(DataFiles.WARDS_2023);
        index2023 = WardIndex.build(wards2023);
    }

    /** The reference answer: the lowest-numbered ward whose polygon covers the point. */
    private static int bruteForceWard(List<WardShape> wards, double lon, double lat) {
        Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
        return wards.stream()
                .filter(w -> w.area().covers(point))
                .mapToInt(WardShape::number)
                .min()
                .orElse(0);
    }

    @Test
    void agreesWithBruteForceOnRandomPointsInTheCityBox() {
        Envelope box = index2023.extent();
        SplittableRandom random = new SplittableRandom(20231);
        int inWard = 0;
        for (int i = 0; i < 12_000; i++) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            int expected = bruteForceWard(wards2023, lon, lat);
            assertThat(index2023.wardAt(lon, lat))
                    .as("ward at %s, %s", lat, lon)
                    .isEqualTo(expected);
            inWard += expected == 0 ? 0 : 1;
        }
        assertThat(inWard).as("points that fell in some ward").isGreaterThan(4_000);
    }

    @Test
    void resolvesAPointOnASharedLineToTheLowerWardNumber() {
        int checked = 0;
        for (WardShape ward : wards2023) {
            for (Coordinate vertex : ward.area().getCoordinates()) {
                Point point = GEOMETRY.createPoint(vertex);
                List<Integer> covering = wards2023.stream()
                        .filter(w -> w.area().covers(point))
                        .map(WardShape::number)
                        .toList();
                if (covering.size() > 1) {
                    assertThat(index2023.wardAt(vertex.x, vertex.y))
                            .isEqualTo(covering.stream().min(Integer::compare).orElseThrow());
                    checked++;
                }
            }
            if (checked > 500) {
                break;
            }
        }
        assertThat(checked).as("vertices shared by two wards").isGreaterThan(100);
    }

    @Test
    void pointsOutsideTheCityAndInItsHolesHaveNoWard() {
        assertThat(index2023.wardAt(-87.80, 41.96))
                .as("Harwood Heights, a hole in the city")
                .isZero();
        assertThat(index2023.wardAt(-87.75, 41.70)).as("Oak Lawn").isZero();
        assertThat(index2023.wardAt(-73.98, 40.75)).as("New York").isZero();
        assertThat(index2023.wardAt(Double.NaN, 41.9)).isZero();
    }

    @Test
    void everyWardOfficeOutsideCityHallLiesInItsOwnWard() {
        // Wards 2 and 34 list City Hall rooms as their offices; City Hall (121 N LaSalle) lies in ward 42.
        List<WardOffice> offices = DataFiles.wardOffices().stream()
                .filter(office -> office.ward() != 2 && office.ward() != 34)
                .toList();
        assertThat(offices).hasSize(48);
        for (WardOffice office : offices) {
            assertThat(index2023.wardAt(office.lon(), office.lat()))
                    .as(office.address())
                    .isEqualTo(office.ward());
        }
    }

    @Test
    void the15thWardOfficeMovedFromWard14To15WithThe2023Map() {
        WardOffice office15 = DataFiles.wardOffices().stream()
                .filter(o -> o.ward() == 15)
                .findFirst()
                .orElseThrow();
        assertThat(office15.address()).isEqualTo("2650 West 51st Street");
        WardIndex index2015 = WardIndex.build(WardMapReader.read(DataFiles.WARDS_2015));
        assertThat(index2023.wardAt(office15.lon(), office15.lat())).isEqualTo(15);
        assertThat(index2015.wardAt(office15.lon(), office15.lat())).isEqualTo(14);
    }

    @Test
    void measuresTheDistanceToTheNearestOtherWardInMetres() {
        // A point on a ward line, moved 25 m perpendicular to it, is about 25 m from the other ward.
        WardShape ward1 = wards2023.get(0);
        Coordinate[] ring = ward1.area().getCoordinates();
        int tested = 0;
        for (int i = 0; i + 1 < ring.length && tested < 20; i += 37) {
            Coordinate a = LocalMetres.of(ring[i].x, ring[i].y);
            Coordinate b = LocalMetres.of(ring[i + 1].x, ring[i + 1].y);
            double length = a.distance(b);
            if (length < 30) {
                continue;
            }
            double mx = (a.x + b.x) / 2;
            double my = (a.y + b.y) / 2;
            double nx = -(b.y - a.y) / length;
            double ny = (b.x - a.x) / length;
            for (int side : new int[] {1, -1}) {
                double lon = LocalMetres.lon(mx + side * 25 * nx);
                double lat = LocalMetres.lat(my + side * 25 * ny);
                if (index2023.wardAt(lon, lat) != 1) {
                    continue;
                }
                double midLon = LocalMetres.lon(mx);
                double midLat = LocalMetres.lat(my);
                boolean sharedWithAnotherWard =
                        index2023.wardsWithin(midLon, midLat, 0.5).stream().anyMatch(w -> w.ward() != 1);
                if (!sharedWithAnotherWard) {
                    continue;
                }
                WardDistance nearest = index2023.nearestOtherWard(lon, lat).orElseThrow();
                assertThat(nearest.ward()).isNotEqualTo(1);
                assertThat(nearest.meters()).as("distance from %s,%s", lat, lon).isBetween(0.0, 25.5);
                tested++;
            }
        }
        assertThat(tested).isGreaterThan(3);
    }

    @Test
    void listsWardsWithinARadiusNearestFirst() {
        List<WardDistance> near = index2023.wardsWithin(-87.6298, 41.8781, 2_000);
        assertThat(near).isNotEmpty();
        assertThat(near.get(0).meters()).isZero();
        assertThat(near).isSortedAccordingTo(Comparator.comparingDouble(WardDistance::meters));
        assertThat(near).allSatisfy(w -> assertThat(w.meters()).isLessThanOrEqualTo(2_000));
    }
}
