package org.aldermail.geocode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.aldermail.ward.LocalMetres;

/**
 * The offline geocoder: free text → street and number → position, from the City's street names and
 * intersections (and an address-points file when there is one). Built once; immutable and thread-safe.
 */
public final class Geocoder {

    private final StreetCatalog catalog;
    private final StreetMatcher matcher;
    private final AddressPoints addressPoints;
    private final Gazetteer places;

    private Geocoder(StreetCatalog catalog, AddressPoints addressPoints, Gazetteer places) {
        this.catalog = catalog;
        this.matcher = new StreetMatcher(catalog);
        this.addressPoints = addressPoints;
        this.places = places;
    }

    /** Builds the index; {@code addressPointsFile} is used only when it exists. */
    public static Geocoder load(Path streetNamesFile, Path intersectionsFile, Optional<Path> addressPointsFile) {
        return load(streetNamesFile, intersectionsFile, addressPointsFile, Gazetteer.none());
    }

    /** Builds the index with a gazetteer of places off the grid. */
    public static Geocoder load(
            Path streetNamesFile, Path intersectionsFile, Optional<Path> addressPointsFile, Gazetteer places) {
        StreetNamesReader.StreetNames names = StreetNamesReader.read(streetNamesFile);
        StreetNetwork network =
                StreetNetwork.build(IntersectionsReader.read(intersectionsFile), names.baseOfFullName());
        Map<String, Street> byName = new HashMap<>();
        names.streets().forEach(s -> byName.put(s.display(), s));
        StreetCatalog catalog = new StreetCatalog(names.streets(), GridModel.build(network, byName));
        Geocoder withoutPoints = new Geocoder(catalog, AddressPoints.none(), places);
        if (addressPointsFile.isEmpty() || !Files.isRegularFile(addressPointsFile.get())) {
            return withoutPoints;
        }
        return new Geocoder(catalog, AddressPoints.read(addressPointsFile.get(), withoutPoints.matcher), places);
    }

    /**
     * A place named ("O'Hare") or at its postal address ("11601 W Touhy Ave Terminal 5"), else the street and
     * number placed on the street grid.
     */
    public GeocodedAddress geocode(String input) {
        AddressParser.rejectUnsafe(input);
        Optional<Gazetteer.Place> named = places.named(input);
        if (named.isPresent()) {
            return atPlace(input, null, named.get());
        }
        ParsedAddress parsed = AddressParser.parse(input);
        Optional<Gazetteer.Place> typed = places.at(parsed);
        if (typed.isPresent()) {
            return atPlace(input, null, typed.get());
        }
        MatchedAddress match = matcher.match(parsed);
        Optional<Gazetteer.Place> corrected = places.at(match);
        if (corrected.isPresent()) {
            return atPlace(input, match, corrected.get());
        }
        Optional<double[]> point = addressPoints.find(match);
        if (point.isPresent()) {
            return new GeocodedAddress(
                    input, match, Placement.exact(point.get()[0], point.get()[1], Placement.Method.ADDRESS_POINT));
        }
        StreetLine line = catalog.line(match.street())
                .orElseThrow(() -> new GeocodeException(
                        new AddressFailure.NotLocatable(match.street().display(), match.normalized(), false)));
        Placement placement = line.place(match.number())
                .orElseThrow(() -> new GeocodeException(
                        new AddressFailure.NotLocatable(match.street().display(), match.normalized(), true)));
        return new GeocodedAddress(input, match, placement);
    }

    private static GeocodedAddress atPlace(String input, MatchedAddress match, Gazetteer.Place place) {
        return new GeocodedAddress(
                input, match, Placement.exact(place.lon(), place.lat(), Placement.Method.PLACE), place.name());
    }

    public StreetCatalog catalog() {
        return catalog;
    }

    public int addressPoints() {
        return addressPoints.size();
    }

    /** Metres between a placement and a lon/lat point, for accuracy measurements. */
    public static double metresOff(Placement placement, double lon, double lat) {
        return LocalMetres.distance(placement.lon(), placement.lat(), lon, lat);
    }
}
