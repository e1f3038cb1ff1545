package org.aldermail.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads the log of the whole test run ({@code target/test-run.log}, written by every {@code @QuarkusTest} through
 * {@code %test.quarkus.log.file.*}) after Surefire is done (Failsafe runs this in {@code verify}), and fails if it
 * shows a resident's email address or a street address the tests typed: the tests submit hundreds of letters, errors
 * and hostile inputs, so whatever the application logs about them is here.
 *
 * <p>Allowed: the alders' office addresses (the roster, public) and the application's own sender addresses.
 */
class LogShowsNoPersonalDataIT {

    private static final Path LOG = Path.of("target/test-run.log");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+=-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");
    /** A Chicago street address in a Java string literal or a CSV field of the test fixtures. */
    private static final Pattern STREET_ADDRESS = Pattern.compile(
            "(?<![\\w.])(\\d{1,5} (?:[NSEW] )?[A-Z0-9][A-Za-z0-9]*"
                    + "(?: [A-Z][a-z]+)*? (?:St|Ave|Blvd|Rd|Dr|Pl|Pkwy|Ct|Ter|Way|Hwy|Street|Avenue|Boulevard|Road|Drive))\\b");

    private static final Set<String> OWN_SENDERS =
            Set.of("letters@localhost", "letters@example.org", "letters@aldermail.example", "noreply@localhost");

    @Test
    void theTestRunLogShowsNoResidentsEmailOrStreetAddress() throws IOException {
        assertThat(LOG)
                .as("the log of the test run (run the whole suite: ./mvnw verify)")
                .exists();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> logs = Files.list(LOG.getParent())) {
            for (Path file : logs.filter(f -> f.getFileName().toString().startsWith("test-run.log"))
                    .sorted()
                    .toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        String log = all.toString();
        assertThat(log).as("the tests logged something").isNotBlank();

        Set<String> allowed = allowedEmails();
        Set<String> emails = new TreeSet<>();
        Matcher email = EMAIL.matcher(log);
        while (email.find()) {
            String found = email.group().toLowerCase(Locale.ROOT);
            if (!allowed.contains(found)) {
                emails.add(found + "  ← " + lineAround(log, email.start()));
            }
        }
        assertThat(emails).as("email addresses in " + LOG).isEmpty();

        List<String> streets = new ArrayList<>();
        for (String address : fixtureAddresses()) {
            int at = log.indexOf(address);
            if (at >= 0) {
                streets.add(address + "  ← " + lineAround(log, at));
            }
        }
        assertThat(streets)
                .as("street addresses of the test fixtures in " + LOG)
                .isEmpty();
    }

    @Test
    void theAddressPatternFindsTheFixturesAddresses() throws IOException {
        assertThat(fixtureAddresses())
                .contains("2650 W 51st St", "1400 W Augusta Blvd")
                .hasSizeGreaterThan(20);
    }

    /** The alders' office addresses from the roster files, and the application's own. */
    private static Set<String> allowedEmails() throws IOException {
        Set<String> allowed = new TreeSet<>(OWN_SENDERS);
        for (Path roster : List.of(Path.of("data/chicago-alders.csv"), Path.of("data/ward-offices.json"))) {
            if (Files.exists(roster)) {
                Matcher email = EMAIL.matcher(Files.readString(roster, StandardCharsets.UTF_8));
                while (email.find()) {
                    allowed.add(email.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        return allowed;
    }

    /** Every street address written in the test sources and test resources. */
    static Set<String> fixtureAddresses() throws IOException {
        Set<String> addresses = new TreeSet<>();
        for (Path root : List.of(Path.of("src/test/java"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = file.getFileName().toString();
                    if (!name.endsWith(".java") && !name.endsWith(".csv")) {
                        continue;
                    }
                    Matcher address = STREET_ADDRESS.matcher(Files.readString(file, StandardCharsets.UTF_8));
                    while (address.find()) {
                        addresses.add(address.group(1));
                    }
                }
            }
        }
        return addresses;
    }

    private static String lineAround(String log, int at) {
        int start = log.lastIndexOf('\n', at) + 1;
        int end = log.indexOf('\n', at);
        String line = log.substring(start, end < 0 ? log.length() : end);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
