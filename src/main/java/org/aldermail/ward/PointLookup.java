package org.aldermail.ward;

/** The answer to "which ward is this point in?". */
public record PointLookup(WardView ward, Coordinates location, double boundaryDistanceMeters) {}
