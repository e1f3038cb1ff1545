package org.aldermail.geocode;

import org.aldermail.ward.LocalMetres;

/**
 * Where an address is estimated to be: a point on the street's centreline (local metres), the street's
 * direction there, the side of the street the house number is on, and how far along the street the true
 * position may plausibly be (the along-street uncertainty, from the accuracy measured per method).
 *
 * @param ux          unit vector along the street, toward higher grid values (east or north)
 * @param sideX       unit vector from the centreline towards the address's side (parity)
 * @param uncertainty metres along the street within which the address is expected to lie
 */
public record Placement(
        double x, double y, double ux, double uy, double sideX, double sideY, double uncertainty, Precision precision) {

    /** Where the City's geocoder puts address points: this far off the centreline, on the number's side. */
    public static final double SIDE_OFFSET = 12;

    public double lon() {
        return LocalMetres.lon(x + SIDE_OFFSET * sideX);
    }

    public double lat() {
        return LocalMetres.lat(y + SIDE_OFFSET * sideY);
    }

    /** Longitude of a point {@code along} metres along the street and {@code side} metres off it, on the address's side. */
    public double lonAt(double along, double side) {
        return LocalMetres.lon(x + along * ux + side * sideX);
    }

    public double latAt(double along, double side) {
        return LocalMetres.lat(y + along * uy + side * sideY);
    }

    /** An exact point (an address point file), with no direction and no uncertainty. */
    public static Placement exact(double lon, double lat) {
        return new Placement(LocalMetres.x(lon), LocalMetres.y(lat), 1, 0, 0, 0, 0, Precision.ADDRESS_POINT);
    }

    public enum Precision {
        /** From an address-points file. */
        ADDRESS_POINT,
        /** Between two intersections whose grid values bracket the number. */
        INTERPOLATED,
        /** Beyond the street's last known intersection. */
        EXTRAPOLATED,
        /** From the online second opinion (the US Census Bureau geocoder). */
        CENSUS;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
