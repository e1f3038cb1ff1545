package org.aldermail.ward;

/** The answer to "which ward is this point in?". */
public record PointLookup(WardView ward, Location location, double boundaryDistanceMeters) {

    public record Location(double lat, double lon) {}
}
