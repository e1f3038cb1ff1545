package org.aldermail.ward;

/** How far a point is from a ward: 0 when the ward covers it. */
public record WardDistance(int ward, double meters) {}
