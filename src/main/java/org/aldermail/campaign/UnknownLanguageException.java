package org.aldermail.campaign;

/** A language code that is not one of {@link Language} (404 {@code unknown-language}). */
public class UnknownLanguageException extends RuntimeException {

    private final String code;

    public UnknownLanguageException(String code) {
        super("No language '" + code + "'");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
