package org.aldermail.campaign;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * Chooses which of a campaign's subject lines a letter gets. The same seed always gives the same subject, so a
 * preview and the letter sent from it agree; different residents get different ones, so an office's inbox does not
 * fill with one identical subject.
 */
final class SubjectPicker {

    private SubjectPicker() {}

    static int index(String seed, int count) {
        CRC32C crc = new CRC32C();
        crc.update(seed.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }
}
