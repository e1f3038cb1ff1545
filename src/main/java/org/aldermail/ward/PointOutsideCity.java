package org.aldermail.ward;

/** A point in no Chicago ward: outside the city, or in a town the city surrounds. */
public class PointOutsideCity extends RuntimeException {

    private final transient Coordinates point;

    public PointOutsideCity(Coordinates point) {
        super(point.lat() + ", " + point.lon(), null, false, false);
        this.point = point;
    }

    public Coordinates point() {
        return point;
    }
}
