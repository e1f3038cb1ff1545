package org.aldermail.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering the README's Code layout describes, read from the sources: HTTP types stay in the HTTP layer, the
 * shared {@code web} package depends on no feature, and features do not depend on each other in a circle.
 */
class LayeringTest {

    private static final Path SOURCES = Path.of("src/main/java/org/aldermail");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern HTTP_TYPE = Pattern.compile(
            "^(jakarta\\.ws\\.rs|io\\.quarkiverse\\.resteasy\\.problem|org\\.jboss\\.resteasy\\.reactive)\\..*"
                    + "|^org\\.aldermail\\.web\\.(ProblemType|Problems|ProblemException|ProblemMessages|QueryParameters)$");
    /** Resources, pages, exception mappers, form beans and REST clients: the classes that speak HTTP. */
    private static final Pattern HTTP_LAYER_CLASS =
            Pattern.compile(".*(Resource|Page|Pages|Mapper|Mappers|Form|Client)$");

    @Test
    void onlyResourcesPagesAndMappersUseHttpAndProblemTypes() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            String feature = SOURCES.relativize(file).getName(0).toString();
            String className = file.getFileName().toString().replace(".java", "");
            if (feature.equals("web") || HTTP_LAYER_CLASS.matcher(className).matches()) {
                continue;
            }
            imports(file).stream()
                    .filter(imported -> HTTP_TYPE.matcher(imported).matches())
                    .forEach(imported -> offenders.add(feature + "/" + className + " imports " + imported));
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void theSharedWebPackageDependsOnNoFeature() throws IOException {
        assertThat(dependencies().getOrDefault("web", Set.of())).isEmpty();
    }

    @Test
    void featuresDoNotDependOnEachOtherInACircle() throws IOException {
        Map<String, Set<String>> dependencies = dependencies();
        for (String feature : dependencies.keySet()) {
            assertThat(reachable(feature, dependencies))
                    .as("packages reachable from %s (a cycle comes back to it)", feature)
                    .doesNotContain(feature);
        }
    }

    private static Set<String> reachable(String start, Map<String, Set<String>> dependencies) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(dependencies.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(dependencies.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    /** Feature → the other features its classes import. */
    private static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (Path file : javaFiles()) {
            String feature = SOURCES.relativize(file).getName(0).toString();
            for (String imported : imports(file)) {
                if (imported.startsWith("org.aldermail.")) {
                    String other = imported.split("\\.")[2];
                    if (!other.equals(feature)) {
                        dependencies
                                .computeIfAbsent(feature, f -> new HashSet<>())
                                .add(other);
                    }
                }
            }
        }
        return dependencies;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static List<String> imports(Path file) throws IOException {
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        List<String> imports = new ArrayList<>();
        while (matcher.find()) {
            imports.add(matcher.group(1));
        }
        return imports;
    }
}
