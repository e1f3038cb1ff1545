package org.aldermail.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Two partner organizations' websites on other origins than the app (other ports on 127.0.0.1, the app being
 * {@code localhost}): one listed in {@code aldermail.embed.allowed-origins}, one not. Each serves a page that embeds
 * the form as a partner would, built from its query: {@code app} (our base URL), {@code campaign}, {@code lang},
 * {@code source} (left out when absent: the page's {@code utm_*} then count), {@code embeds} (how many script tags,
 * alternating English and Spanish) and {@code fallback=1} (also the plain iframe, as a site without scripts pastes it).
 */
public class PartnerSites implements QuarkusTestResourceLifecycleManager {

    private static HttpServer listed;
    private static HttpServer unlisted;

    @Override
    public Map<String, String> start() {
        listed = serve("Pilsen Workers' Center");
        unlisted = serve("Somewhere Else");
        return Map.of("aldermail.embed.allowed-origins", "https://partner.example," + origin(listed));
    }

    @Override
    public void stop() {
        if (listed != null) {
            listed.stop(0);
        }
        if (unlisted != null) {
            unlisted.stop(0);
        }
    }

    /** The origin allowed to frame the embed. */
    public static String listedOrigin() {
        return origin(listed);
    }

    /** An origin nobody listed. */
    public static String unlistedOrigin() {
        return origin(unlisted);
    }

    private static String origin(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static HttpServer serve(String organization) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> page(exchange, organization));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(HttpExchange exchange, String organization) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        String app = query.getOrDefault("app", "");
        String campaign = query.getOrDefault("campaign", "");
        int embeds = Integer.parseInt(query.getOrDefault("embeds", "1"));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < embeds; i++) {
            String lang = i % 2 == 0 ? query.getOrDefault("lang", "en") : "es";
            body.append("<section class=\"action\"><h2>")
                    .append(lang.equals("es") ? "Escriba hoy" : "Write today")
                    .append("</h2><script src=\"")
                    .append(app)
                    .append("/embed.js\" data-campaign=\"")
                    .append(campaign)
                    .append("\" data-lang=\"")
                    .append(lang)
                    .append('"')
                    .append(i == 0 && query.containsKey("source") ? " data-source=\"" + query.get("source") + "\"" : "")
                    .append(" async></script></section>\n");
        }
        if ("1".equals(query.get("fallback"))) {
            body.append("<section class=\"action\"><h2>Without scripts</h2><iframe id=\"fallback\" src=\"")
                    .append(app)
                    .append("/embed/")
                    .append(campaign)
                    .append("?lang=en\" title=\"Write to your alderperson\" width=\"100%\" height=\"900\""
                            + " style=\"border:0\"></iframe></section>\n");
        }
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title>
                <style>body{margin:0;font-family:Georgia,serif;background:#f6f1e7;color:#222}
                header{background:#6d1a1a;color:#fff;padding:1rem 1.25rem}header h1{margin:0;font-size:1.5rem}
                main{max-width:760px;margin:0 auto;padding:1rem 1.25rem}.action{background:#fff;padding:.75rem;
                margin:1rem 0;border-radius:6px}footer{padding:1rem 1.25rem;color:#555}</style></head>
                <body><header><h1>%1$s</h1><p>Tenants, workers and neighbors since 1998</p></header>
                <main><p>The City Council votes soon. Tell your alderperson where you stand: it takes two
                minutes, and your letter goes straight to their office.</p>
                %2$s</main><footer>%1$s · 1800 S Blue Island Ave</footer></body></html>
                """.formatted(organization, body);
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
