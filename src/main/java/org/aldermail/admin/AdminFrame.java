package org.aldermail.admin;

import org.aldermail.web.Page;

/**
 * What every organizers' page passes its template besides its own content: the shared layout's {@link Page}, who is
 * logged in, and the CSRF token its forms carry (see {@link AdminCsrf}).
 */
public record AdminFrame(Page page, String organizer, String csrf) {}
