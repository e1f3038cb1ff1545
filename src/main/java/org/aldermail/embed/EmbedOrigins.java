package org.aldermail.embed;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aldermail.web.Origins;

/**
 * The partner origins of {@code aldermail.embed.allowed-origins}, read once and checked: each is written back into
 * headers (CSP, CORS), so only a plain {@code scheme://host[:port]} may pass, never text that could add a directive or a
 * header. {@code *} is kept apart: it means "any site" and only where the operator wrote it.
 */
@ApplicationScoped
public class EmbedOrigins {

    private static final String ANY = "*";

    private final List<String> listed;
    private final boolean anySite;

    public EmbedOrigins(EmbedConfig config) {
        List<String> origins = new ArrayList<>();
        boolean any = false;
        List<String> entries = config.allowedOrigins().orElse(List.of());
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry.strip().equals(ANY)) {
                any = true;
                continue;
            }
            Optional<String> origin = Origins.strict(entry);
            if (origin.isPresent()) {
                origins.add(origin.get());
            } else if (!entry.isBlank()) {
                // Its number, not its text: a mistyped entry may hold a person's address ("https://ana@…").
                Log.warnf(
                        "aldermail.embed.allowed-origins: ignoring entry %d of %d, which is not an origin"
                                + " (scheme://host[:port])",
                        i + 1, entries.size());
            }
        }
        this.listed = List.copyOf(origins);
        this.anySite = any;
    }

    /** The listed origins, normalized ({@code *} is not one of them). */
    public List<String> listed() {
        return listed;
    }

    /** The operator wrote {@code *}: any site may frame the embed and read the API. */
    public boolean anySite() {
        return anySite;
    }
}
