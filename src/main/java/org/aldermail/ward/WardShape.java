package org.aldermail.ward;

import org.locationtech.jts.geom.Geometry;

/** One ward's polygon as read from the map file, in lon/lat (x = longitude, y = latitude). */
public record WardShape(int number, Geometry area) {}
