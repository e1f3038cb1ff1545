package org.aldermail.abuse;

/**
 * An ALTCHA proof-of-work challenge (the widget's classic SHA-256 protocol): find {@code number} in
 * {@code [0, maxnumber]} with {@code SHA-256(salt + number) == challenge}. The salt ends in {@code ?expires=<unix
 * seconds>}; {@code signature} is our HMAC of {@code challenge}, so only challenges we issued verify.
 */
public record AltchaChallenge(String algorithm, String challenge, long maxnumber, String salt, String signature) {}
