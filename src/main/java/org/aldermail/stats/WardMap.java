package org.aldermail.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.aldermail.ward.WardDirectory;
import org.aldermail.ward.WardShape;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The 50 wards as an SVG drawn on the server: no tiles, no scripts. The polygons are simplified once (JTS
 * {@link TopologyPreservingSimplifier}, so no ward loses a part or crosses another) and projected onto a plane with the
 * city's mid-latitude scale, then each drawing only adds colours: whoever draws says how each ward looks
 * ({@link WardStyle}), letters per ward here, an alder's stance elsewhere.
 */
@ApplicationScoped
public class WardMap {

    /** Width of the drawing in SVG units; the height follows the city's shape. */
    static final int WIDTH = 600;
    /** Simplification tolerance in SVG units: a little under one unit, invisible at any size a page shows. */
    static final double TOLERANCE = 0.9;

    /** A ward ready to draw: its outline as SVG path data and where its number goes. */
    record Outline(int ward, String path, double labelX, double labelY) {}

    private final List<Outline> outlines;
    private final int height;

    public WardMap(WardDirectory directory) {
        List<WardShape> shapes = directory.shapes().stream()
                .sorted(Comparator.comparingInt(WardShape::number))
                .toList();
        Envelope extent = new Envelope();
        shapes.forEach(shape -> extent.expandToInclude(shape.area().getEnvelopeInternal()));
        double xScale = Math.cos(Math.toRadians(extent.centre().y));
        double scale = WIDTH / (extent.getWidth() * xScale);
        height = (int) Math.ceil(extent.getHeight() * scale);
        outlines = shapes.stream()
                .map(shape -> {
                    Geometry projected = shape.area().copy();
                    projected.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                        c.x = (c.x - extent.getMinX()) * xScale * scale;
                        c.y = (extent.getMaxY() - c.y) * scale;
                    });
                    projected.geometryChanged();
                    Geometry simple = TopologyPreservingSimplifier.simplify(projected, TOLERANCE);
                    Point label = simple.getInteriorPoint();
                    return new Outline(shape.number(), path(simple), label.getX(), label.getY());
                })
                .toList();
    }

    /** How many wards the map draws. */
    public int wardCount() {
        return outlines.size();
    }

    /**
     * The map as an SVG element, for a page to include as it is.
     *
     * @param id          unique in the page: the SVG's title and description are referenced by it
     * @param title       what the map shows, read by screen readers
     * @param description a short text alternative (the page has the full one: a table or a list)
     * @param style       how each ward (by number) is drawn
     */
    public String svg(String id, String title, String description, IntFunction<WardStyle> style) {
        StringBuilder svg = new StringBuilder(48_000);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ward-map\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" id=\"")
                .append(id)
                .append("\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc><g stroke=\"#ffffff\" stroke-width=\"1\" stroke-linejoin=\"round\">");
        for (Outline outline : outlines) {
            WardStyle look = style.apply(outline.ward());
            svg.append("<path data-ward=\"")
                    .append(outline.ward())
                    .append("\" fill=\"")
                    .append(escape(look.fill()))
                    .append("\" d=\"")
                    .append(outline.path())
                    .append("\"><title>")
                    .append(escape(look.tooltip()))
                    .append("</title></path>");
        }
        svg.append("</g><g font-family=\"system-ui, sans-serif\" font-size=\"11\" font-weight=\"700\""
                + " text-anchor=\"middle\" dominant-baseline=\"central\" aria-hidden=\"true\">");
        for (Outline outline : outlines) {
            svg.append("<text x=\"")
                    .append(number(outline.labelX()))
                    .append("\" y=\"")
                    .append(number(outline.labelY()))
                    .append("\" fill=\"")
                    .append(escape(style.apply(outline.ward()).labelColour()))
                    .append("\">")
                    .append(outline.ward())
                    .append("</text>");
        }
        return svg.append("</g></svg>").toString();
    }

    private static String path(Geometry geometry) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                ring(polygon.getExteriorRing(), d);
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    ring(polygon.getInteriorRingN(hole), d);
                }
            }
        }
        return d.toString();
    }

    /** One ring: an absolute move, then relative lines (shorter), closed. */
    private static void ring(LineString ring, StringBuilder d) {
        Coordinate[] points = ring.getCoordinates();
        if (points.length < 4) {
            return;
        }
        long x = Math.round(points[0].x * 10);
        long y = Math.round(points[0].y * 10);
        d.append('M').append(tenths(x)).append(' ').append(tenths(y)).append('l');
        boolean first = true;
        for (int i = 1; i < points.length - 1; i++) {
            long nx = Math.round(points[i].x * 10);
            long ny = Math.round(points[i].y * 10);
            if (nx == x && ny == y) {
                continue;
            }
            if (!first && nx - x >= 0) {
                d.append(' ');
            }
            d.append(tenths(nx - x));
            if (ny - y >= 0) {
                d.append(' ');
            }
            d.append(tenths(ny - y));
            first = false;
            x = nx;
            y = ny;
        }
        d.append('z');
    }

    /** A number of tenths as SVG writes it: "12.3", "-0.4", "7". */
    private static String tenths(long value) {
        long abs = Math.abs(value);
        String text = (abs / 10) + (abs % 10 == 0 ? "" : "." + (abs % 10));
        return value < 0 ? "-" + text : text;
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
