package org.aldermail.delivery;

/** The token from a confirmation email's link. */
public record ConfirmationRequest(String token) {}
