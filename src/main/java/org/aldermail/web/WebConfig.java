package org.aldermail.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** How the app is reached from outside. */
@ConfigMapping(prefix = "aldermail.web")
public interface WebConfig {

    /** The public base URL, used in links that leave the app (confirmation emails). */
    @WithDefault("http://localhost:8080")
    URI publicUrl();
}
