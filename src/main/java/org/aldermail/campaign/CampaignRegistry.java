package org.aldermail.campaign;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.aldermail.campaign.Campaign.Sender;
import org.aldermail.web.Language;

/**
 * The campaigns in the campaigns folder, loaded and checked at startup: a broken campaign stops the application
 * with every mistake listed. {@link #refresh()} (called by {@link CampaignWatcher}) then re-reads the folders whose
 * files changed: an edit that breaks a campaign keeps its last good version serving and is logged with file and
 * line, until a further edit fixes it. Readers get immutable snapshots, so requests never see half a reload.
 */
@Startup
@ApplicationScoped
public class CampaignRegistry {

    private final Path folder;
    private final CampaignLoader loader;
    private volatile State state;

    /**
     * The campaign files of one folder as last seen: name, size and checksum of each. Content, not modification
     * time, so that coarse file-system clocks, copies that keep old times and quick successive saves all count.
     */
    record Fingerprint(List<String> files) {}

    private record Loaded(Campaign campaign, Fingerprint fingerprint) {}

    private record Failure(CampaignFormatException error, Fingerprint fingerprint) {}

    private record State(Map<String, Loaded> campaigns, Map<String, Failure> failures) {}

    /** What a {@link #refresh()} changed, by slug. */
    public record Refresh(List<String> loaded, List<String> removed, List<String> failed) {

        public boolean changedAnything() {
            return !loaded.isEmpty() || !removed.isEmpty() || !failed.isEmpty();
        }
    }

    public CampaignRegistry(CampaignConfig config) {
        this.folder = config.folder();
        Sender defaultSender = new Sender(config.senderName(), config.senderAddress());
        if (!MetadataReader.EMAIL.matcher(defaultSender.address()).matches()) {
            throw new IllegalStateException(
                    "aldermail.campaign.sender-address '" + defaultSender.address() + "' is not an email address");
        }
        this.loader = new CampaignLoader(config.timeZone(), defaultSender);
        this.state = loadAll();
    }

    private State loadAll() {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("The campaigns folder " + folder.toAbsolutePath() + " does not exist; set"
                    + " aldermail.campaign.folder (ALDERMAIL_CAMPAIGN_FOLDER) to the folder holding the campaigns");
        }
        long started = System.nanoTime();
        Map<String, Loaded> campaigns = new TreeMap<>();
        List<CampaignFormatException> broken = new ArrayList<>();
        for (Path campaignFolder : campaignFolders()) {
            try {
                Fingerprint fingerprint = fingerprint(campaignFolder);
                Campaign campaign = loader.load(campaignFolder);
                campaigns.put(campaign.slug(), new Loaded(campaign, fingerprint));
            } catch (CampaignFormatException e) {
                broken.add(e);
            }
        }
        if (!broken.isEmpty()) {
            throw new IllegalStateException(
                    broken.stream()
                            .map(Throwable::getMessage)
                            .collect(Collectors.joining(
                                    "\n",
                                    "Cannot start: fix these campaigns (see " + folder.resolve("README.md") + ")\n",
                                    "")),
                    broken.get(0));
        }
        Log.infof(
                "Loaded %d campaign(s) from %s in %d ms: %s",
                campaigns.size(),
                folder,
                (System.nanoTime() - started) / 1_000_000,
                String.join(", ", campaigns.keySet()));
        return new State(Map.copyOf(campaigns), Map.of());
    }

    /** Every campaign, by slug. */
    public List<Campaign> all() {
        return state.campaigns().values().stream()
                .map(Loaded::campaign)
                .sorted(Comparator.comparing(Campaign::slug))
                .toList();
    }

    public Optional<Campaign> find(String slug) {
        return Optional.ofNullable(state.campaigns().get(slug)).map(Loaded::campaign);
    }

    /** The campaigns whose folder currently fails to load (the last good version, if any, still serves). */
    public Map<String, CampaignFormatException> problems() {
        return state.failures().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().error(), (a, b) -> a, TreeMap::new));
    }

    public Path folder() {
        return folder;
    }

    /**
     * Re-reads every campaign folder whose files changed since last seen, picks up new folders and drops removed
     * ones. Never throws: a campaign that fails to load is logged (once per version of its files) and reported by
     * {@link #problems()}.
     */
    public synchronized Refresh refresh() {
        State before = state;
        Map<String, Loaded> campaigns = new LinkedHashMap<>(before.campaigns());
        Map<String, Failure> failures = new LinkedHashMap<>(before.failures());
        List<String> loaded = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<Path> folders;
        try {
            folders = campaignFolders();
        } catch (UncheckedIOException e) {
            Log.errorf("Cannot list the campaigns folder %s: %s", folder, e.getMessage());
            return new Refresh(List.of(), List.of(), List.of());
        }
        List<String> present =
                folders.stream().map(f -> f.getFileName().toString()).toList();
        for (Path campaignFolder : folders) {
            String slug = campaignFolder.getFileName().toString();
            Fingerprint fingerprint;
            try {
                fingerprint = fingerprint(campaignFolder);
            } catch (UncheckedIOException e) {
                continue;
            }
            Loaded current = campaigns.get(slug);
            Failure failure = failures.get(slug);
            if ((current != null && current.fingerprint().equals(fingerprint) && failure == null)
                    || (failure != null && failure.fingerprint().equals(fingerprint))) {
                continue;
            }
            try {
                campaigns.put(slug, new Loaded(loader.load(campaignFolder), fingerprint));
                failures.remove(slug);
                loaded.add(slug);
                Log.infof("Campaign %s %s from %s", slug, current == null ? "added" : "reloaded", campaignFolder);
            } catch (CampaignFormatException e) {
                failures.put(slug, new Failure(e, fingerprint));
                failed.add(slug);
                Log.errorf(
                        "%s\n%s",
                        e.getMessage(),
                        current == null
                                ? "It is not served until this is fixed."
                                : "The previous version keeps serving until this is fixed.");
            }
        }
        List<String> removed = new ArrayList<>();
        for (String slug : List.copyOf(campaigns.keySet())) {
            if (!present.contains(slug)) {
                campaigns.remove(slug);
                removed.add(slug);
                Log.infof("Campaign %s removed: its folder is gone", slug);
            }
        }
        failures.keySet().removeIf(slug -> !present.contains(slug));
        state = new State(Map.copyOf(campaigns), Map.copyOf(failures));
        return new Refresh(List.copyOf(loaded), List.copyOf(removed), List.copyOf(failed));
    }

    /** Sub-folders that are campaigns: not starting with '_' (examples, drafts) or '.' (hidden). */
    private List<Path> campaignFolders() {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("_")
                            && !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fingerprint fingerprint(Path campaignFolder) {
        Collection<String> names = new ArrayList<>();
        names.add(CampaignLoader.METADATA_FILE);
        Language.codes().forEach(code -> names.add(code + ".txt"));
        List<String> stamps = new ArrayList<>();
        for (String name : names) {
            Path file = campaignFolder.resolve(name);
            try {
                if (Files.isRegularFile(file)) {
                    CRC32C checksum = new CRC32C();
                    byte[] content = Files.readAllBytes(file);
                    checksum.update(content);
                    stamps.add(name + " " + content.length + " " + Long.toHexString(checksum.getValue()));
                } else {
                    stamps.add(name + " missing");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Fingerprint(List.copyOf(stamps));
    }
}
