package org.aldermail.embed;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Partner sites that embed the resident's form. */
@ConfigMapping(prefix = "aldermail.embed")
public interface EmbedConfig {

    /**
     * Origins ({@code https://partner.example}, scheme, host and port only) of partner sites: their pages may frame
     * {@code /embed/**}, call {@code /api/v1/**} from the browser (CORS) and post our forms. None by default: only our
     * own pages frame the embed, and a form post whose {@code Origin} (or {@code Referer}) names another site is
     * refused. {@code *}, only when written here, lets any site frame the embed and read the API; form posts still
     * need a listed origin. Entries that are not an origin are ignored with a warning at startup.
     */
    Optional<List<String>> allowedOrigins();
}
