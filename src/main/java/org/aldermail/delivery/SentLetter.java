package org.aldermail.delivery;

/**
 * An accepted letter: its status, and for link mode the compose links.
 *
 * @param link null for a server-mode letter
 */
public record SentLetter(LetterReceipt letter, LinkLetter link) {}
