package org.aldermail.ward;

import java.time.LocalDate;

/**
 * A ward's alderperson and office contact, as the City publishes them.
 *
 * @param surname the family name for a salutation ("Lopez", "La Spata", "Rodriguez Sanchez")
 * @param asOf    the date the contact data was captured
 */
public record Alder(int ward, String name, String surname, String email, String phone, String office, LocalDate asOf) {}
