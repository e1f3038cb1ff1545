package org.aldermail.campaign;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * A campaigns folder for {@code @QuarkusTest}s: the shipped campaign next to fixtures that are closed, past their
 * closing time or open with a deadline, so listing order and closed campaigns can be tested. Built fresh under
 * {@code target/} for each test run; the timer that watches it is off (tests call {@code refresh()}).
 */
public class TestCampaigns implements QuarkusTestResourceLifecycleManager {

    public static final Path ROOT = Path.of("target/test-campaigns");
    public static final String SHIPPED = "o2023-0004222";
    /** Open, closing in 2099: listed first. */
    public static final String WITH_DEADLINE = "with-deadline";
    /** status: closed. */
    public static final String CLOSED = "closed-campaign";
    /** status: open, but its closing time has passed. */
    public static final String PAST_DEADLINE = "past-deadline";

    @Override
    public Map<String, String> start() {
        try {
            if (Files.exists(ROOT)) {
                try (Stream<Path> paths = Files.walk(ROOT)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Path shipped = ROOT.resolve(SHIPPED);
            Files.createDirectories(shipped);
            for (String file : new String[] {"campaign.yaml", "en.txt", "es.txt"}) {
                Files.copy(CampaignFolders.SHIPPED.resolve(file), shipped.resolve(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CampaignFolders.edit(
                CampaignFolders.valid(ROOT, WITH_DEADLINE).resolve("campaign.yaml"),
                "status: open\n",
                "status: open\ncloses: 2099-01-01T10:00\n");
        CampaignFolders.edit(
                CampaignFolders.valid(ROOT, CLOSED).resolve("campaign.yaml"), "status: open", "status: closed");
        CampaignFolders.edit(
                CampaignFolders.valid(ROOT, PAST_DEADLINE).resolve("campaign.yaml"),
                "status: open\n",
                "status: open\ncloses: 2020-01-01T10:00\n");
        return Map.of("aldermail.campaign.folder", ROOT.toString(), "aldermail.campaign.watch-interval", "off");
    }

    @Override
    public void stop() {}

    /**
     * Writes a valid campaign folder of a test's own, with its {@code campaign.yaml} and {@code en.txt} edited; the
     * test calls {@code CampaignRegistry.refresh()} and, when done, {@link #remove} and refresh again, so other tests
     * never see it.
     */
    public static Path add(String slug, UnaryOperator<String> yaml, UnaryOperator<String> english) {
        Path folder = CampaignFolders.valid(ROOT, slug);
        CampaignFolders.write(
                folder.resolve("campaign.yaml"), yaml.apply(CampaignFolders.read(folder.resolve("campaign.yaml"))));
        CampaignFolders.write(folder.resolve("en.txt"), english.apply(CampaignFolders.read(folder.resolve("en.txt"))));
        return folder;
    }

    public static void remove(String slug) {
        try (Stream<Path> paths = Files.walk(ROOT.resolve(slug))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
