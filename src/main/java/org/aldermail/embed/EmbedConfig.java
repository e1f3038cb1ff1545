package org.aldermail.embed;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Partner sites that embed the resident's form. */
@ConfigMapping(prefix = "aldermail.embed")
public interface EmbedConfig {

    /**
     * Origins ({@code https://partner.example}, scheme, host and port only) whose pages may post our forms. None by
     * default: a form post whose {@code Origin} (or {@code Referer}) names another site is refused.
     */
    Optional<List<String>> allowedOrigins();
}
