package org.aldermail.campaign;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.aldermail.campaign.Campaign.Sender;
import org.aldermail.web.Language;

/**
 * Reads and checks one campaign folder: {@code campaign.yaml} and one {@code <language>.txt} per {@link Language}.
 * Either returns a campaign that renders every letter, or throws with every mistake found.
 */
final class CampaignLoader {

    static final String METADATA_FILE = "campaign.yaml";
    private static final long MAX_FILE_BYTES = 1_000_000;

    private final ZoneId zone;
    private final Sender defaultSender;

    CampaignLoader(ZoneId zone, Sender defaultSender) {
        this.zone = zone;
        this.defaultSender = defaultSender;
    }

    /** @throws CampaignFormatException listing every mistake, with file and line */
    Campaign load(Path folder) {
        FormatErrors errors = new FormatErrors();
        String folderName = folder.getFileName().toString();
        Path metadataFile = folder.resolve(METADATA_FILE);
        Optional<CampaignMetadata> metadata = read(metadataFile, errors)
                .flatMap(
                        content -> MetadataReader.read(metadataFile, content, folderName, zone, defaultSender, errors));
        boolean hasMeeting = metadata.map(m -> m.meeting().isPresent()).orElse(false);
        Map<Language, CampaignText> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = folder.resolve(language.code() + ".txt");
            read(file, errors)
                    .flatMap(content -> LanguageFileReader.read(file, content, language, hasMeeting, errors))
                    .ifPresent(text -> texts.put(language, text));
        }
        errors.throwIfAny(folder);
        CampaignMetadata m = metadata.orElseThrow();
        return new Campaign(
                m.slug(),
                m.ordinance(),
                m.status(),
                m.closesAt(),
                m.meeting(),
                m.goal(),
                m.sender(),
                m.confirmSender(),
                m.lettersPerClientPerHour(),
                Map.copyOf(texts),
                m.translations(),
                folder);
    }

    /** The file as UTF-8 text with LF line ends and no byte-order mark; empty (and an error) if it cannot be. */
    private static Optional<String> read(Path file, FormatErrors errors) {
        if (!Files.isRegularFile(file)) {
            errors.add(
                    file,
                    0,
                    "missing file (every campaign has " + METADATA_FILE + " and "
                            + String.join(
                                    ", ",
                                    Language.codes().stream()
                                            .map(code -> code + ".txt")
                                            .toList()) + ")");
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                errors.add(file, 0, "larger than " + MAX_FILE_BYTES / 1000 + " kB");
                return Optional.empty();
            }
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            errors.add(file, 0, "not UTF-8 text; save it as UTF-8 in your editor");
            return Optional.empty();
        } catch (IOException e) {
            errors.add(file, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }
}
