package org.aldermail.abuse;

import jakarta.ws.rs.HeaderParam;
import org.jboss.resteasy.reactive.RestForm;

/**
 * What every HTML form post carries for {@link FormGuard}: the signed form token, the honeypot field (hidden from
 * people, filled in by bots that fill every field), and the headers that say which site the post came from.
 */
public class GuardedForm {

    /** The token rendered into the form ({@link FormTokens}). */
    @RestForm
    public String formToken;

    /** The honeypot: empty from a person. */
    @RestForm
    public String website;

    @HeaderParam("Origin")
    public String origin;

    @HeaderParam("Referer")
    public String referer;

    @HeaderParam("Host")
    public String host;
}
