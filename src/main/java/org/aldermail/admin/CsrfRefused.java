package org.aldermail.admin;

/** An organizers' form came without the right CSRF token (see {@link AdminCsrf}). */
public class CsrfRefused extends RuntimeException {

    public CsrfRefused() {
        super("CSRF token missing or wrong", null, false, false);
    }
}
