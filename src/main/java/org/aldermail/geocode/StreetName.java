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

    @Override
    public String toString() {
        return display();
    }
}
