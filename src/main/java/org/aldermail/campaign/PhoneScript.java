package org.aldermail.campaign;

/**
 * What a resident says when calling the alder's office, and how to answer each reply. As templates in
 * {@link CampaignText}; filled for one resident by {@link LetterService#phoneScript}.
 *
 * @param opening what to say first
 * @param yes     the answer when the office says the alder will vote as asked
 * @param no      the answer when the office says the alder will not
 * @param unsure  the answer when the office is unsure or will not commit
 */
public record PhoneScript<T>(T opening, T yes, T no, T unsure) {}
