package org.aldermail.geocode;

/**
 * A street as the City names it: direction prefix, name and suffix ("W", "FULLERTON", "AVE").
 * The suffix is empty for streets that have none (N BROADWAY, S AVENUE M).
 */
public record StreetName(Direction direction, String name, String suffix) {

    public String display() {
        return suffix.isEmpty() ? direction + " " + name : direction + " " + name + " " + suffix;
    }

    /** The name without spaces or punctuation, so that LASALLE finds LA SALLE and O'BRIEN finds O BRIEN. */
    public String compactName() {
        return compact(name);
    }

    static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "W DIVISION ST" → "W Division St", "S DR MARTIN LUTHER KING JR DR" → "S Dr Martin Luther King Jr Dr", "W 63RD ST" → "W 63rd St". */
    public static String readable(String display) {
        StringBuilder out = new StringBuilder(display.length());
        for (String word : display.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean keep = word.length() == 1 || Character.isDigit(word.charAt(0));
            out.append(
                    keep
                            ? word.toLowerCase(java.util.Locale.ROOT).replaceFirst("^[nsew]$", word)
                            : word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return display();
    }
}
