package org.aldermail.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every message has its Spanish translation, with the same parameters, and no stale keys remain. */
class LetterMessagesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)");

    @Test
    void theSpanishFileHasExactlyTheKeysOfTheBundle() throws IOException {
        assertThat(spanish().stringPropertyNames()).isEqualTo(keys());
    }

    @Test
    void translationsUseTheParametersOfTheirMessage() throws IOException {
        Properties spanish = spanish();
        for (Method method : LetterMessages.class.getDeclaredMethods()) {
            Set<String> declared = Arrays.stream(method.getParameters())
                    .map(p -> p.getName())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(parameters(method.getAnnotation(Message.class).value()))
                    .as("English %s", method.getName())
                    .isSubsetOf(declared);
            assertThat(parameters(spanish.getProperty(method.getName())))
                    .as("Spanish %s", method.getName())
                    .isSubsetOf(declared);
        }
    }

    private static Set<String> keys() {
        return Arrays.stream(LetterMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            names.add(parameter.group(1));
        }
        return names;
    }

    private static Properties spanish() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LetterMessagesTest.class.getResourceAsStream("/messages/msg_es.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
