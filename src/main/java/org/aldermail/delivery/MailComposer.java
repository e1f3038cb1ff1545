package org.aldermail.delivery;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Optional;
import org.aldermail.campaign.CampaignService;
import org.aldermail.web.Language;
import org.aldermail.web.WebConfig;

/**
 * Turns outbox rows into mails. The letter's From is the campaign's own address (so it passes the campaign
 * domain's DMARC) with the resident's name in the display name; replies go to the resident.
 *
 * <p>The mails aldermail writes on its own account (the confirmation request, the repeat notice) go to an address
 * a stranger may have typed, so they carry no text a submitter typed: only the alder, the ward, the campaign's
 * title and our link, in the language of the letter.
 */
@ApplicationScoped
class MailComposer {

    private final DeliveryConfig config;
    private final WebConfig web;
    private final CampaignService campaigns;

    MailComposer(DeliveryConfig config, WebConfig web, CampaignService campaigns) {
        this.config = config;
        this.web = web;
        this.campaigns = campaigns;
    }

    ComposedMail letter(OutgoingMail mail) {
        return new ComposedMail(
                messages(mail.language()).letter_from(mail.residentName(), mail.senderName()),
                mail.senderAddress(),
                mail.alderEmail(),
                mail.ccResident() ? Optional.ofNullable(mail.residentEmail()) : Optional.empty(),
                Optional.ofNullable(mail.residentEmail()),
                mail.subject(),
                mail.body());
    }

    ComposedMail confirmationRequest(OutgoingMail mail, String token) {
        DeliveryMessages messages = messages(mail.language());
        String confirmUrl = web.publicUrl().resolve("/letters/confirm/" + token).toString();
        return ownMail(
                mail,
                messages.confirmation_subject(mail.alderName()),
                messages.confirmation_body(
                        mail.alderName(),
                        mail.ward(),
                        campaignTitle(mail),
                        confirmUrl,
                        config.confirmationExpiry().toDays()));
    }

    /** To the owner of a letter that a later submission repeated: what became of their letter, nothing else. */
    ComposedMail repeatNotice(OutgoingMail mail) {
        DeliveryMessages messages = messages(mail.language());
        String status = switch (mail.status()) {
            case PENDING_CONFIRMATION -> messages.repeat_status_pending();
            case SENT -> messages.repeat_status_sent();
            case FAILED -> messages.repeat_status_failed();
            case EXPIRED -> messages.repeat_status_expired();
            case QUEUED, SENDING, HANDED_OVER -> messages.repeat_status_on_its_way();
        };
        return ownMail(
                mail,
                messages.repeat_subject(mail.alderName()),
                messages.repeat_body(mail.alderName(), mail.ward(), campaignTitle(mail), status));
    }

    /**
     * An organizer's test message, from the campaign's sender, in English: it goes to an alder's office or to the
     * organizer, and says only what it is for.
     */
    ComposedMail testMessage(OutgoingMail mail) {
        DeliveryMessages messages = messages("en");
        Optional<org.aldermail.campaign.Campaign> campaign = campaigns.campaign(mail.campaignSlug());
        String title = campaign.map(c -> c.text(Language.EN).title()).orElse(mail.campaignSlug());
        String senderName = campaign.map(c -> c.sender().name()).orElse(title);
        String senderAddress = campaign.map(c -> c.sender().address())
                .orElseThrow(() ->
                        new IllegalStateException("The campaign of test message " + mail.outboxId() + " is gone"));
        return new ComposedMail(
                senderName,
                senderAddress,
                mail.recipient(),
                Optional.empty(),
                Optional.empty(),
                messages.test_subject(title),
                messages.test_body(title));
    }

    private static ComposedMail ownMail(OutgoingMail mail, String subject, String text) {
        return new ComposedMail(
                mail.senderName(),
                mail.senderAddress(),
                mail.residentEmail(),
                Optional.empty(),
                Optional.empty(),
                subject,
                text);
    }

    /** The campaign's title in the letter's language; its slug if the campaign was removed meanwhile. */
    private String campaignTitle(OutgoingMail mail) {
        Language language = Language.fromCode(mail.language()).orElse(Language.EN);
        return campaigns
                .campaign(mail.campaignSlug())
                .map(campaign -> campaign.text(language).title())
                .orElse(mail.campaignSlug());
    }

    private static DeliveryMessages messages(String language) {
        return MessageBundles.get(DeliveryMessages.class, Localized.Literal.of(language.toLowerCase(Locale.ROOT)));
    }
}
