package org.aldermail.resident;

import org.aldermail.abuse.GuardedForm;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Every field the resident's forms post. All text: a field that does not parse is the resident's mistake to explain,
 * never a JAX-RS error page. Each step posts the state of the earlier ones again (hidden fields), so any instance can
 * render any step without a server session. The form token, honeypot and origin headers come with it
 * ({@link GuardedForm}).
 */
public class FlowForm extends GuardedForm {

    /** The page language, {@code en} or {@code es}. */
    @RestForm
    public String lang;
    /** The partner that embedded the form, counted in the public stats. */
    @RestForm
    public String source;
    /** The street address as typed; it also signs the letter. */
    @RestForm
    public String address;
    /** A suggested address the resident picked instead of the typed one (a submit button's value). */
    @RestForm
    public String pick;
    /** The browser's location ("use my location"), instead of geocoding the address. */
    @RestForm
    public String lat;

    @RestForm
    public String lon;
    /** The ward the resident chose for an address where two wards meet. */
    @RestForm
    public String ward;

    @RestForm
    public String name;

    @RestForm
    public String email;

    @RestForm
    public String subject;

    @RestForm
    public String body;
    /** A digest of the letter text as first shown, to tell an edited letter from an untouched one. */
    @RestForm
    public String shown;
    /** The optional personal sentence. */
    @RestForm
    public String note;

    @RestForm
    public String ccMe;
    /** {@code server} (send it for me) or {@code link} (open it in my email app). */
    @RestForm
    public String mode;
    /** {@code choose} when the ward chooser was posted (a missing choice is then an error). */
    @RestForm
    public String step;
    /** The id of a letter already sent, on the pages after sending. */
    @RestForm
    public String letter;
    /** The solved proof-of-work challenge (the ALTCHA widget's field), for "send it for me". */
    @RestForm
    public String altcha;
}
