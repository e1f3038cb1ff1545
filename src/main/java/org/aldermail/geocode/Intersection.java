package org.aldermail.geocode;

/** Two named streets meeting at a point (lon/lat), as the City's centerline file records it. */
record Intersection(String street1, String street2, double lon, double lat) {}
