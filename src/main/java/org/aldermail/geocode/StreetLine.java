package org.aldermail.geocode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One street's intersections with their grid values, ascending, and the rule that turns a house number into
 * a position between them. Immutable.
 *
 * <p>House numbers are not spread evenly over a block: lots are numbered from the block's start, about two
 * numbers per lot on each side, so a 100-number block of a grid street is filled by numbers 00–60 and 1250
 * stands about 80 % of the way to 1300, not halfway. On diagonal streets lots are longer along the street
 * and numbers fill the block. The two mappings below were measured on the sample addresses as a whole
 * (they are properties of Chicago's numbering, not of any row): within a hundred, grid streets place
 * number {@code m} at {@code 4 + 1.6 m} (capped at 97), diagonals at {@code 3 + 1.15 m} (capped at 99).
 */
public final class StreetLine {

    /**
     * Numbers beyond a street's last intersection are already checked against the City's range for the
     * street, so a long way out is still the street (W Touhy Ave runs on to O'Hare's terminals at 11601).
     */
    private static final double MAX_EXTRAPOLATION = 8000;

    /** How far along the street a placement lists the crossings, for the resident's question. */
    static final double NEARBY = 1000;

    private final StreetName street;
    private final double[] values;
    private final double[] x;
    private final double[] y;
    private final boolean[] direct;
    private final Placement.Crossing.Kind[] kind;
    private final String[] crossing;

    /**
     * @param direct a crossing whose value is a grid line's (known, voted or agreed by its neighbours)
     * @param kind   how each crossing's value was found
     */
    StreetLine(
            StreetName street,
            double[] values,
            double[] x,
            double[] y,
            boolean[] direct,
            Placement.Crossing.Kind[] kind,
            String[] crossing) {
        this.street = street;
        this.crossing = crossing;
        this.values = values;
        this.x = x;
        this.y = y;
        this.direct = direct;
        this.kind = kind;
    }

    public StreetName street() {
        return street;
    }

    int intersections() {
        return values.length;
    }

    /** For leave-one-out measurements: crossing {@code k}'s grid value, position and whether it is a grid line. */
    double valueAt(int k) {
        return values[k];
    }

    double xAt(int k) {
        return x[k];
    }

    double yAt(int k) {
        return y[k];
    }

    boolean anchorAt(int k) {
        return kind[k] == Placement.Crossing.Kind.SEED || kind[k] == Placement.Crossing.Kind.VOTED;
    }

    /** The same street without crossing {@code k}, as if the intersection table had never listed it. */
    StreetLine without(int k) {
        return new StreetLine(
                street, drop(values, k), drop(x, k), drop(y, k), drop(direct, k), drop(kind, k), drop(crossing, k));
    }

    private static double[] drop(double[] a, int k) {
        double[] out = new double[a.length - 1];
        System.arraycopy(a, 0, out, 0, k);
        System.arraycopy(a, k + 1, out, k, a.length - k - 1);
        return out;
    }

    private static String[] drop(String[] a, int k) {
        String[] out = new String[a.length - 1];
        System.arraycopy(a, 0, out, 0, k);
        System.arraycopy(a, k + 1, out, k, a.length - k - 1);
        return out;
    }

    private static Placement.Crossing.Kind[] drop(Placement.Crossing.Kind[] a, int k) {
        Placement.Crossing.Kind[] out = new Placement.Crossing.Kind[a.length - 1];
        System.arraycopy(a, 0, out, 0, k);
        System.arraycopy(a, k + 1, out, k, a.length - k - 1);
        return out;
    }

    private static boolean[] drop(boolean[] a, int k) {
        boolean[] out = new boolean[a.length - 1];
        System.arraycopy(a, 0, out, 0, k);
        System.arraycopy(a, k + 1, out, k, a.length - k - 1);
        return out;
    }

    /** Empty when the number lies more than 8 km beyond the street's last known intersection. */
    public Optional<Placement> place(int number) {
        int axis = street.direction().axis();
        int sign = street.direction().sign();
        int n = values.length;
        int raw = insertionPoint(sign * (double) number);
        boolean diagonal = raw > 0 && raw < n && isDiagonal(raw - 1, raw, axis);
        return placeAt(sign * withinBlock(number, diagonal), number);
    }

    /** The position of a grid value on this street (for {@code number}'s side of the street). */
    Optional<Placement> placeAt(double target, int number) {
        int axis = street.direction().axis();
        int n = values.length;
        int i = insertionPoint(target);
        if (n >= 2 && i > 0 && i < n) {
            double length = Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]);
            if (length > 0) {
                double t = (target - values[i - 1]) / (values[i] - values[i - 1]);
                double ux = (x[i] - x[i - 1]) / length;
                double uy = (y[i] - y[i - 1]) / length;
                double cx = x[i - 1] + t * (x[i] - x[i - 1]);
                double cy = y[i - 1] + t * (y[i] - y[i - 1]);
                Placement.Method method = !(direct[i - 1] && direct[i])
                        ? Placement.Method.INFERRED
                        : isDiagonal(i - 1, i, axis) ? Placement.Method.DIAGONAL : Placement.Method.GRID;
                return Optional.of(placement(cx, cy, ux, uy, number, method));
            }
        }
        if (i < n && values[i] == target) {
            int other = i + 1 < n ? i + 1 : i - 1;
            double[] u = other < 0 ? axisUnit(axis) : other > i ? unit(i, other) : unit(other, i);
            return Optional.of(placement(x[i], y[i], u[0], u[1], number, Placement.Method.GRID));
        }
        return extrapolate(i == 0 ? 0 : n - 1, target, number, axis);
    }

    private Optional<Placement> extrapolate(int end, double target, int number, int axis) {
        int n = values.length;
        double[] u;
        double slope = GridModel.NUMBERS_PER_METRE;
        if (n == 1) {
            u = axisUnit(axis);
            if (target < values[0]) {
                u = new double[] {-u[0], -u[1]};
            }
        } else {
            int step = end == 0 ? 1 : -1;
            int far = end + step;
            for (int k = end + step; k >= 0 && k < n; k += step) {
                far = k;
                if (Math.hypot(x[k] - x[end], y[k] - y[end]) >= 400) {
                    break;
                }
            }
            u = unit(far, end);
            double length = Math.hypot(x[far] - x[end], y[far] - y[end]);
            double local = Math.abs(values[far] - values[end]) / length;
            if (local >= 0.35 && local <= 0.8) {
                slope = local;
            }
        }
        double distance = Math.abs(target - values[end]) / slope;
        if (distance > MAX_EXTRAPOLATION) {
            return Optional.empty();
        }
        // Placements point their direction toward higher grid values, whichever end we left from.
        double toHigher = target > values[end] ? 1 : -1;
        return Optional.of(placement(
                x[end] + distance * u[0],
                y[end] + distance * u[1],
                toHigher * u[0],
                toHigher * u[1],
                number,
                Placement.Method.EXTRAPOLATED));
    }

    private Placement placement(double cx, double cy, double ux, double uy, int number, Placement.Method method) {
        // Even numbers are on the north side of east–west streets and the west side of north–south ones.
        double nx = -uy;
        double ny = ux;
        if (street.direction().axis() == 0 ? ny < 0 : nx > 0) {
            nx = -nx;
            ny = -ny;
        }
        if (number % 2 != 0) {
            nx = -nx;
            ny = -ny;
        }
        return new Placement(cx, cy, ux, uy, nx, ny, method, Placement.Area.of(cx, cy), crossings(cx, cy, ux, uy));
    }

    /** How many house numbers a crossing's value may differ from its neighbours' straight line and still agree. */
    static final double AGREEMENT = 10;

    /** Whether crossing {@code k}'s value lies on the straight line between its neighbours' (by distance along the street). */
    private boolean agrees(int k) {
        if (k == 0 || k == values.length - 1) {
            return false;
        }
        double before = Math.hypot(x[k] - x[k - 1], y[k] - y[k - 1]);
        double after = Math.hypot(x[k + 1] - x[k], y[k + 1] - y[k]);
        if (before + after == 0) {
            return false;
        }
        double expected = values[k - 1] + (values[k + 1] - values[k - 1]) * before / (before + after);
        return Math.abs(values[k] - expected) <= AGREEMENT;
    }

    /** The crossings within {@value #NEARBY} m of the estimate, in order along the street. */
    private List<Placement.Crossing> crossings(double cx, double cy, double ux, double uy) {
        List<Placement.Crossing> near = new ArrayList<>();
        for (int k = 0; k < values.length; k++) {
            double along = (x[k] - cx) * ux + (y[k] - cy) * uy;
            if (Math.abs(along) <= NEARBY && crossing[k] != null) {
                near.add(new Placement.Crossing(along, crossing[k], values[k], kind[k], agrees(k)));
            }
        }
        near.sort(java.util.Comparator.comparingDouble(Placement.Crossing::along));
        return List.copyOf(near);
    }

    static double withinBlock(int number, boolean diagonal) {
        int hundred = number / 100 * 100;
        int m = number - hundred;
        return hundred + (diagonal ? Math.min(99, 3 + 1.15 * m) : Math.min(97, 4 + 1.6 * m));
    }

    private boolean isDiagonal(int a, int b, int axis) {
        double du = Math.abs(axis == 0 ? x[b] - x[a] : y[b] - y[a]);
        double dv = Math.abs(axis == 0 ? y[b] - y[a] : x[b] - x[a]);
        return dv > StreetNetwork.ALIGNED_SLOPE * du;
    }

    private int insertionPoint(double value) {
        int i = Arrays.binarySearch(values, value);
        return i >= 0 ? i : -i - 1;
    }

    private double[] unit(int from, int to) {
        double length = Math.hypot(x[to] - x[from], y[to] - y[from]);
        return length == 0
                ? axisUnit(street.direction().axis())
                : new double[] {(x[to] - x[from]) / length, (y[to] - y[from]) / length};
    }

    private static double[] axisUnit(int axis) {
        return axis == 0 ? new double[] {1, 0} : new double[] {0, 1};
    }
}
