package org.aldermail.ward;

/**
 * A point on Earth in WGS 84 degrees, as residents' browsers and our data give it. The one home of the bounds that
 * every latitude and longitude we accept must keep.
 */
public record Coordinates(double lat, double lon) {

    public static final long MIN_LATITUDE = -90;
    public static final long MAX_LATITUDE = 90;
    public static final long MIN_LONGITUDE = -180;
    public static final long MAX_LONGITUDE = 180;

    public Coordinates {
        if (!isLatitude(lat) || !isLongitude(lon)) {
            throw new IllegalArgumentException("Not a point on Earth: " + lat + ", " + lon);
        }
    }

    public static boolean isLatitude(double value) {
        return Double.isFinite(value) && value >= MIN_LATITUDE && value <= MAX_LATITUDE;
    }

    public static boolean isLongitude(double value) {
        return Double.isFinite(value) && value >= MIN_LONGITUDE && value <= MAX_LONGITUDE;
    }
}
