package org.aldermail.campaign;

import static org.aldermail.campaign.CampaignFolders.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import org.aldermail.campaign.CampaignRegistry.Refresh;
import org.aldermail.web.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several campaigns at once, checked at startup, and edits picked up without a restart. */
class CampaignRegistryTest {

    @TempDir
    Path root;

    @Test
    void loadsEveryCampaignFolderButSkipsExamplesAndHiddenOnes() {
        CampaignFolders.valid(root, "first");
        CampaignFolders.valid(root, "second");
        CampaignFolders.write(root.resolve("_example/campaign.yaml"), "not: loaded");
        CampaignFolders.write(root.resolve(".git/campaign.yaml"), "not: loaded");
        CampaignFolders.write(root.resolve("README.md"), "# Campaigns");

        CampaignRegistry registry = registry();

        assertThat(registry.all()).extracting(Campaign::slug).containsExactly("first", "second");
        assertThat(registry.find("second")).isPresent();
        assertThat(registry.find("_example")).isEmpty();
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void aBrokenCampaignStopsTheStartWithFileAndLine() {
        CampaignFolders.valid(root, "good");
        Path broken = CampaignFolders.valid(root, "broken");
        edit(broken.resolve("es.txt"), "Gracias.", "Gracias, {alder.nombre}.");

        assertThatThrownBy(this::registry)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Cannot start")
                .hasMessageContaining(broken.resolve("es.txt") + ":"
                        + CampaignFolders.lineOf(broken.resolve("es.txt"), "{alder.nombre}")
                        + ": unknown placeholder {alder.nombre}");
    }

    @Test
    void aMissingFolderStopsTheStart() {
        assertThatThrownBy(() -> new CampaignRegistry(config(root.resolve("nowhere"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void anInvalidDefaultSenderAddressStopsTheStart() {
        CampaignConfig config = new TestConfig(root, "not an address");
        assertThatThrownBy(() -> new CampaignRegistry(config)).hasMessageContaining("sender-address");
    }

    @Test
    void nothingChangedMeansNothingReloaded() {
        CampaignFolders.valid(root, "first");
        CampaignRegistry registry = registry();
        Campaign before = registry.find("first").orElseThrow();

        assertThat(registry.refresh().changedAnything()).isFalse();
        assertThat(registry.find("first")).containsSame(before);
    }

    @Test
    void anEditIsServedAfterTheNextCheck() {
        Path folder = CampaignFolders.valid(root, "first");
        CampaignRegistry registry = registry();

        edit(folder.resolve("en.txt"), "Vote NO on O2025-0000001\n", "Vote NO on O2025-0000001 today\n");
        Refresh refresh = registry.refresh();

        assertThat(refresh.loaded()).containsExactly("first");
        assertThat(registry.find("first").orElseThrow().text(Language.EN).title())
                .isEqualTo("Vote NO on O2025-0000001 today");
    }

    @Test
    void aBrokenEditKeepsTheLastGoodVersionServingUntilFixed() {
        Path folder = CampaignFolders.valid(root, "first");
        CampaignRegistry registry = registry();
        Campaign good = registry.find("first").orElseThrow();

        edit(folder.resolve("campaign.yaml"), "status: open", "status: opne");
        Refresh broken = registry.refresh();

        assertThat(broken.failed()).containsExactly("first");
        assertThat(registry.find("first")).containsSame(good);
        assertThat(registry.problems()).containsOnlyKeys("first");
        assertThat(registry.problems().get("first").getMessage())
                .contains(folder.resolve("campaign.yaml") + ":3: status: must be open or closed, not 'opne'");
        assertThat(registry.refresh().changedAnything())
                .as("the same broken files are not re-read")
                .isFalse();

        edit(folder.resolve("campaign.yaml"), "status: opne", "status: closed");
        Refresh fixed = registry.refresh();

        assertThat(fixed.loaded()).containsExactly("first");
        assertThat(registry.problems()).isEmpty();
        assertThat(registry.find("first").orElseThrow().status()).isEqualTo(Campaign.Status.CLOSED);
    }

    @Test
    void aNewFolderIsAddedAndARemovedOneDropped() throws IOException {
        Path first = CampaignFolders.valid(root, "first");
        CampaignRegistry registry = registry();

        CampaignFolders.valid(root, "second");
        deleteRecursively(first);
        Refresh refresh = registry.refresh();

        assertThat(refresh.loaded()).containsExactly("second");
        assertThat(refresh.removed()).containsExactly("first");
        assertThat(registry.all()).extracting(Campaign::slug).containsExactly("second");
    }

    @Test
    void aBrokenNewFolderIsNotServedButReported() {
        CampaignFolders.valid(root, "first");
        CampaignRegistry registry = registry();

        Path draft = CampaignFolders.valid(root, "draft");
        edit(draft.resolve("campaign.yaml"), "slug: draft", "slug: first");
        registry.refresh();

        assertThat(registry.find("draft")).isEmpty();
        assertThat(registry.problems().get("draft").getMessage()).contains("must be the campaign's folder name");
    }

    private CampaignRegistry registry() {
        return new CampaignRegistry(config(root));
    }

    private static CampaignConfig config(Path folder) {
        return new TestConfig(folder, "letters@localhost");
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private record TestConfig(Path folder, String senderAddress) implements CampaignConfig {

        @Override
        public String watchInterval() {
            return "off";
        }

        @Override
        public ZoneId timeZone() {
            return CampaignFolders.CHICAGO;
        }

        @Override
        public String senderName() {
            return "aldermail";
        }
    }
}
