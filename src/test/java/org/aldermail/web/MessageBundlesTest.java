package org.aldermail.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle is translated into every language: each translation file has exactly the bundle's keys (a
 * missing key would silently show English to a Spanish reader), uses only the message's parameters, and is not left
 * blank.
 */
class MessageBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Every {@code @MessageBundle} interface in the sources, so a new bundle is checked without being listed. */
    static Stream<Class<?>> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Class<?>> found = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains("@MessageBundle(")) {
                    String name = SOURCES.relativize(file)
                            .toString()
                            .replace(".java", "")
                            .replace('/', '.');
                    found.add(loadClass(name));
                }
            }
            assertThat(found).hasSizeGreaterThanOrEqualTo(7);
            return found.stream();
        }
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{#?(?:if |else)?\\s*(\\w+)");

    @ParameterizedTest
    @MethodSource("bundles")
    void everyLanguageHasExactlyTheKeysOfTheBundle(Class<?> bundle) throws IOException {
        for (Language language : Language.values()) {
            if (language.code().equals(defaultLanguage(bundle))) {
                continue;
            }
            assertThat(translation(bundle, language).stringPropertyNames())
                    .as("%s in %s", bundle.getSimpleName(), language.code())
                    .isEqualTo(keys(bundle));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void translationsUseOnlyTheParametersOfTheirMessageAndAreNotBlank(Class<?> bundle) throws IOException {
        for (Language language : Language.values()) {
            if (language.code().equals(defaultLanguage(bundle))) {
                continue;
            }
            Properties translated = translation(bundle, language);
            for (Method method : bundle.getDeclaredMethods()) {
                Set<String> declared = Arrays.stream(method.getParameters())
                        .map(p -> p.getName())
                        .collect(Collectors.toCollection(TreeSet::new));
                String text = translated.getProperty(method.getName());
                assertThat(text).as("%s %s", language.code(), method.getName()).isNotBlank();
                assertThat(parameters(method.getAnnotation(Message.class).value()))
                        .as("English %s", method.getName())
                        .isSubsetOf(declared);
                assertThat(parameters(text))
                        .as("%s %s", language.code(), method.getName())
                        .isSubsetOf(declared);
            }
        }
    }

    @Test
    void everyLanguageIsNamedInTheLanguageSwitch() {
        Page page = Page.linked("es", "Título", false, code -> "/?lang=" + code);
        assertThat(page.languages()).extracting(Page.LanguageChoice::code).containsExactlyElementsOf(Language.codes());
        assertThat(page.languages()).extracting(Page.LanguageChoice::name).containsExactly("English", "Español");
    }

    private static String defaultLanguage(Class<?> bundle) {
        return bundle.getAnnotation(MessageBundle.class).locale();
    }

    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            if (!parameter.group(1).equals("else")) {
                names.add(parameter.group(1));
            }
        }
        return names;
    }

    private static Properties translation(Class<?> bundle, Language language) throws IOException {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        String file = "/messages/" + name + "_" + language.code() + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
