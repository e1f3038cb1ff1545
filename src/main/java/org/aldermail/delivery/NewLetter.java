package org.aldermail.delivery;

/** A validated, rendered letter ready to be stored. */
record NewLetter(
        String campaignSlug,
        int ward,
        String alderName,
        String alderEmail,
        String residentName,
        String residentEmail,
        String streetAddress,
        String language,
        String subject,
        String body,
        boolean personalised,
        DeliveryMode mode,
        boolean ccResident,
        String source,
        String senderName,
        String senderAddress,
        boolean needsConfirmation,
        String dedupeKey,
        String residentKey) {}
