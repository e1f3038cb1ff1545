package org.aldermail.web;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers of every HTML page. The Content-Security-Policy allows only our own stylesheet and script (no inline code,
 * no third-party anything) and forms that post to us. It sets no {@code frame-ancestors}: partners will embed the
 * form in an iframe, and their allow-list is configured with the embedding feature. Pages are not stored by
 * browsers or proxies: most carry the resident's name, email and address.
 */
public class PageHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'none'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'";

    @ServerResponseFilter
    public void pageHeaders(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type == null || !type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Cache-Control", "no-store");
    }
}
