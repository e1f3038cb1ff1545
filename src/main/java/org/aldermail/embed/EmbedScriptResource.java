package org.aldermail.embed;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * {@code /embed.js}, the script partners put on their pages. Served here rather than as a static file to say exactly
 * what it is ({@code application/javascript}), that other sites may load it ({@code Cross-Origin-Resource-Policy}), and
 * for how long browsers may keep it (an hour, so a fix reaches partners' visitors the same day).
 */
@Path("/embed.js")
public class EmbedScriptResource {

    static final String TYPE = "application/javascript";
    private static final String FILE = "/embed/embed.js";

    private final byte[] script;

    public EmbedScriptResource() {
        try (InputStream in = EmbedScriptResource.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE + " on the class path");
            }
            this.script = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Produces(TYPE + ";charset=utf-8")
    public RestResponse<byte[]> script() {
        return RestResponse.ResponseBuilder.ok(script)
                .header("Cache-Control", "public, max-age=3600")
                .header("Cross-Origin-Resource-Policy", "cross-origin")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
