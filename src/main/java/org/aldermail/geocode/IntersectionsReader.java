package org.aldermail.geocode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the named intersections file ({@code intersection,street_1,street_2,zipcode,longitude,latitude}). */
final class IntersectionsReader {

    private IntersectionsReader() {}

    static List<Intersection> read(Path file) {
        CsvRows csv = CsvRows.read(file);
        int street1 = csv.column("street_1");
        int street2 = csv.column("street_2");
        int lon = csv.column("longitude");
        int lat = csv.column("latitude");
        List<Intersection> out = new ArrayList<>(csv.rows().size());
        int line = 1;
        for (String[] row : csv.rows()) {
            line++;
            try {
                out.add(new Intersection(
                        CsvRows.cell(row, street1).replaceAll("\\s+", " "),
                        CsvRows.cell(row, street2).replaceAll("\\s+", " "),
                        Double.parseDouble(CsvRows.cell(row, lon)),
                        Double.parseDouble(CsvRows.cell(row, lat))));
            } catch (NumberFormatException e) {
                throw new StreetDataException(file + ", line " + line + ": longitude/latitude is not a number");
            }
        }
        if (out.isEmpty()) {
            throw new StreetDataException(file + " lists no intersections");
        }
        return out;
    }
}
