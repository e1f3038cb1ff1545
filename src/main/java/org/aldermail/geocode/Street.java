package org.aldermail.geocode;

/**
 * An addressable street and the lowest and highest house numbers the City lists for it. Roadway halves
 * and bound lanes of one street (S DR MARTIN LUTHER KING JR DR E/W, N LAKE SHORE DR NB/SB) are one street.
 */
public record Street(StreetName name, int from, int to) {

    public boolean covers(int number) {
        return number >= from && number <= to;
    }

    public String display() {
        return name.display();
    }
}
