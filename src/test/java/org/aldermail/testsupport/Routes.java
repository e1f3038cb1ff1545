package org.aldermail.testsupport;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every route of the application that can be found without running it: each JAX-RS resource method of every feature
 * (read from the compiled classes, so a route another feature adds is found too) with its path parameters filled in,
 * every static file, and the routes Quarkus itself serves. For tests of what every answer must carry.
 */
public final class Routes {

    /** One request to make: {@code method} and a concrete {@code path}. */
    public record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");
    private static final java.nio.file.Path STATIC = CLASSES.resolve("META-INF/resources");
    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w+)\\s*(?::\\s*([^}]*))?}");
    private static final Pattern ALTERNATIVES = Pattern.compile("[\\w.-]+(?:\\|[\\w.-]+)*");
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(
            GET.class, "GET",
            POST.class, "POST",
            PUT.class, "PUT",
            DELETE.class, "DELETE",
            PATCH.class, "PATCH",
            HEAD.class, "HEAD",
            OPTIONS.class, "OPTIONS");
    /** Routes served outside JAX-RS (health, and the metrics and OpenAPI documents other features add). */
    private static final List<String> EXTRA = List.of(
            "/q/health",
            "/q/health/ready",
            "/q/health/live",
            "/q/metrics",
            "/q/openapi",
            "/no-such-page",
            "/api/v1/no-such-thing",
            "/embed/",
            "/embed/no-such-campaign");

    private Routes() {}

    /**
     * @param samples a value for each named path parameter (others get {@code x}); a parameter whose pattern lists
     *                alternatives ({@code {frame: c|embed}}) is tried with each
     */
    public static List<Route> all(Map<String, String> samples) {
        TreeSet<String> seen = new TreeSet<>();
        List<Route> routes = new ArrayList<>();
        for (Route route : resourceRoutes(samples)) {
            if (seen.add(route.toString())) {
                routes.add(route);
            }
        }
        for (String path : staticFiles()) {
            routes.add(new Route("GET", path));
        }
        for (String path : EXTRA) {
            routes.add(new Route("GET", path));
        }
        return routes;
    }

    private static List<Route> resourceRoutes(Map<String, String> samples) {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : classes()) {
            Path classPath = type.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                Path methodPath = method.getAnnotation(Path.class);
                for (Map.Entry<Class<? extends Annotation>, String> verb : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(verb.getKey())) {
                        String template = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                        for (String path : expand(template, samples)) {
                            routes.add(new Route(verb.getValue(), path));
                        }
                    }
                }
            }
        }
        routes.sort((a, b) -> a.toString().compareTo(b.toString()));
        return routes;
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + classPath.replaceAll("^/+|/+$", "") + "/" + methodPath.replaceAll("^/+", "");
        joined = joined.replaceAll("/+", "/");
        return joined.length() > 1 ? joined.replaceAll("/$", "") : joined;
    }

    static List<String> expand(String template, Map<String, String> samples) {
        Matcher parameter = PARAMETER.matcher(template);
        if (!parameter.find()) {
            return List.of(template);
        }
        String name = parameter.group(1);
        String regex = parameter.group(2) == null ? null : parameter.group(2).strip();
        List<String> values = regex != null && ALTERNATIVES.matcher(regex).matches()
                ? List.of(regex.split("\\|"))
                : List.of(samples.getOrDefault(name, "x"));
        List<String> paths = new ArrayList<>();
        for (String value : values) {
            String once = template.substring(0, parameter.start()) + value + template.substring(parameter.end());
            paths.addAll(expand(once, samples));
        }
        return paths;
    }

    private static List<Class<?>> classes() {
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve("org/aldermail"))) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> CLASSES.relativize(f)
                            .toString()
                            .replace(".class", "")
                            .replace('/', '.'))
                    .filter(name -> !name.contains("$"))
                    .map(Routes::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> staticFiles() {
        try (Stream<java.nio.file.Path> files = Files.walk(STATIC)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> "/" + STATIC.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
