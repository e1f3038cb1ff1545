package org.aldermail.ward;

import java.time.LocalDate;

/** A ward and its alder as the API shows them. */
public record WardView(int number, AlderView alder) {

    public record AlderView(String name, String email, String phone, String office, LocalDate asOf) {}

    public static WardView of(Alder alder) {
        return new WardView(
                alder.ward(), new AlderView(alder.name(), alder.email(), alder.phone(), alder.office(), alder.asOf()));
    }
}
