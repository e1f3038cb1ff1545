package org.aldermail.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web origins ({@code scheme://host[:port]}) as browsers compare them: lower case, without the scheme's default port.
 * One home for the rule, used by the form guard (where a post came from), the framing policy and CORS.
 */
public final class Origins {

    private Origins() {}

    /** The origin of a URL or origin string, or empty for anything without a scheme and a host ({@code null} too). */
    public static Optional<String> of(String value) {
        return uri(value).map(Origins::of);
    }

    /** The URL, when it has a scheme and a host. */
    public static Optional<URI> uri(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            return uri.getScheme() == null || uri.getHost() == null ? Optional.empty() : Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** {@code scheme://host[:port]} of a URI that has a scheme and a host. */
    public static String of(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + authority(uri);
    }

    /** {@code host[:port]}, lower case, without the scheme's default port: what a {@code Host} header says. */
    public static String authority(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || port == 80 && "http".equalsIgnoreCase(uri.getScheme())
                || port == 443 && "https".equalsIgnoreCase(uri.getScheme());
        return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /**
     * A configured origin exactly as a browser would send it in {@code Origin}: a scheme ({@code http} or
     * {@code https}), a host, maybe a port, and nothing else (no path, query, user or trailing text). Anything else is
     * not an origin and must never reach a header.
     */
    public static Optional<String> strict(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip().replaceAll("/$", "");
        try {
            URI uri = new URI(trimmed);
            boolean plain = uri.getScheme() != null
                    && uri.getHost() != null
                    && (uri.getScheme().equalsIgnoreCase("http")
                            || uri.getScheme().equalsIgnoreCase("https"))
                    && uri.getRawUserInfo() == null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            return plain ? Optional.of(of(uri)) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
