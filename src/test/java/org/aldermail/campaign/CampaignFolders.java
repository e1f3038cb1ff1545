package org.aldermail.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.aldermail.campaign.Campaign.Sender;

/** Small valid campaign folders for tests, and edits of them. */
final class CampaignFolders {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Sender DEFAULT_SENDER = new Sender("aldermail", "letters@localhost");
    static final Path SHIPPED = Path.of("data/campaigns/o2023-0004222");
    static final Path EXAMPLE = Path.of("data/campaigns/_example");

    static final String YAML = """
            slug: %s
            ordinance: O2025-0000001
            status: open
            meeting:
              date: 2025-03-12
              time: "10:00"
            goal: 500
            translations:
              es:
                from: en
                reviewed: false
            """;

    static final String EN = """
            A test campaign.

            [title]
            Vote NO on O2025-0000001

            [place]
            City Hall

            [why]
            - Because.
              - https://example.org/news

            [subjects]
            Vote NO, Alderperson {alder.surname}
            A constituent of the {ward.name} asks you to vote NO

            [letter]
            Please vote NO on O2025-0000001.[1]

            {personalNote}

            Thank you, {alder.name}.

            [closing]
            Yours,

            [footnotes]
            [1] A study, https://example.org/study.

            [phone]
            My name is {resident.name}, I live at {resident.address} in the {ward.name}.

            [phone-yes]
            Thank you!

            [phone-no]
            Why will Ald. {alder.surname} vote yes?

            [phone-unsure]
            Please call me back.

            [actions]
            - Write to your alder.

            [social]
            Vote NO!
            """;

    static final String ES = """
            Una campaña de prueba.

            [title]
            Vote NO a la O2025-0000001

            [place]
            Ayuntamiento

            [why]
            - Porque sí.

            [subjects]
            Vote NO, concejal {alder.surname}

            [letter]
            Por favor, vote NO a la O2025-0000001.[1]

            {personalNote}

            Gracias.

            [closing]
            Atentamente,

            [footnotes]
            [1] Un estudio, https://example.org/study.

            [phone]
            Me llamo {resident.name} y soy residente del {ward.name}.

            [phone-yes]
            ¡Gracias!

            [phone-no]
            ¿Por qué?

            [phone-unsure]
            Por favor, llámeme.

            [actions]
            - Escriba a su concejal.

            [social]
            ¡Vote NO!
            """;

    private CampaignFolders() {}

    /** Writes a valid campaign folder {@code root/slug}. */
    static Path valid(Path root, String slug) {
        Path folder = root.resolve(slug);
        write(folder.resolve("campaign.yaml"), YAML.formatted(slug));
        write(folder.resolve("en.txt"), EN);
        write(folder.resolve("es.txt"), ES);
        return folder;
    }

    /** Replaces the first occurrence of {@code from} in the file (which must contain it). */
    static void edit(Path file, String from, String to) {
        String content = read(file);
        if (!content.contains(from)) {
            throw new IllegalArgumentException(file + " has no '" + from + "'");
        }
        write(file, content.replace(from, to));
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CampaignLoader loader() {
        return new CampaignLoader(CHICAGO, DEFAULT_SENDER);
    }

    /** The 1-based line of the first line of the file that contains {@code text}. */
    static int lineOf(Path file, String text) {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(file + " has no line with '" + text + "'");
    }
}
