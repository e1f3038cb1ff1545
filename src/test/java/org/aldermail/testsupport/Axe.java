package org.aldermail.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core run in the page under test: WCAG 2.0 and 2.1 A and AA rules plus axe's best practices. Every page checked is
 * written to {@code target/screenshots/axe.txt} with its violations by impact.
 */
public final class Axe {

    /** The impacts that fail a test. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
              .then(function (r) {
                done(JSON.stringify(r.violations.map(function (v) {
                  return { id: v.id, impact: v.impact, help: v.help,
                           targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
                })));
              }, function (e) { done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e),
                                                        targets: [] }])); });
            """;

    private static String script;

    private Axe() {}

    public record Violation(String id, String impact, String help, List<String> targets) {}

    /** The page's violations (all impacts); the page is named in the report. */
    public static List<Violation> check(ChromeDriver driver, String page) {
        if (script == null) {
            script = Chromium.axeScript();
        }
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.axe !== 'undefined';"))) {
            driver.executeScript(script);
        }
        String json = (String) driver.executeAsyncScript(RUN);
        List<Violation> violations;
        try {
            violations = JSON.readValue(json, new TypeReference<List<Violation>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report(page, violations);
        return violations;
    }

    public static List<Violation> blocking(List<Violation> violations) {
        return violations.stream().filter(v -> BLOCKING.contains(v.impact())).toList();
    }

    private static synchronized void report(String page, List<Violation> violations) {
        long serious =
                violations.stream().filter(v -> BLOCKING.contains(v.impact())).count();
        StringBuilder line = new StringBuilder(page)
                .append(": ")
                .append(violations.size())
                .append(" violations, ")
                .append(serious)
                .append(" serious or critical");
        violations.forEach(v -> line.append("\n    ")
                .append(v.impact())
                .append(' ')
                .append(v.id())
                .append(": ")
                .append(v.help())
                .append(' ')
                .append(v.targets()));
        try {
            Files.createDirectories(Chromium.SCREENSHOTS);
            Files.writeString(
                    Chromium.SCREENSHOTS.resolve("axe.txt"),
                    line + "\n",
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
