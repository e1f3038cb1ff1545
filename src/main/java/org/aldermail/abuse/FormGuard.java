package org.aldermail.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.aldermail.embed.EmbedOrigins;
import org.aldermail.web.Origins;
import org.aldermail.web.WebConfig;

/**
 * Checks an HTML form post before it may do anything: that it came from our own pages (or an allowed partner's),
 * with a token we issued for this form, not too long ago; and, for a post that creates or counts a letter, that a
 * person filled it (the honeypot is empty and it took at least {@code aldermail.abuse.min-fill-time}).
 */
@ApplicationScoped
public class FormGuard {

    /** What to do with the post. */
    public enum Verdict {
        /** Go on. */
        PASSED,
        /** Not from our page, or the page is too old: a friendly page (400) asking to start again, nothing done. */
        REFUSED,
        /** A bot's post (honeypot filled, or faster than a person): an answer that does not say why, nothing done. */
        HELD
    }

    private final FormTokens tokens;
    private final AbuseConfig config;
    private final EmbedOrigins partners;
    private final WebConfig web;
    private final Clock clock;

    FormGuard(FormTokens tokens, AbuseConfig config, EmbedOrigins partners, WebConfig web, Clock clock) {
        this.tokens = tokens;
        this.config = config;
        this.partners = partners;
        this.web = web;
        this.clock = clock;
    }

    /** A post that only shows another page (a step, a language switch): where it came from and its token. */
    public Verdict check(String action, GuardedForm form) {
        return check(action, form, false);
    }

    /** A post that creates, confirms or counts a letter: also the honeypot and the time it took to fill. */
    public Verdict checkFilledByPerson(String action, GuardedForm form) {
        return check(action, form, true);
    }

    private Verdict check(String action, GuardedForm form, boolean byPerson) {
        if (!fromOurPages(form)) {
            return Verdict.REFUSED;
        }
        Optional<Instant> shownAt = tokens.shownAt(action, form.formToken);
        Instant now = clock.instant();
        if (shownAt.isEmpty() || shownAt.get().plus(config.formTokenMaxAge()).isBefore(now)) {
            return Verdict.REFUSED;
        }
        if (byPerson
                && (form.website != null && !form.website.isEmpty()
                        || Duration.between(shownAt.get(), now).compareTo(config.minFillTime()) < 0)) {
            return Verdict.HELD;
        }
        return Verdict.PASSED;
    }

    /**
     * The {@code Origin} (or, without it, the {@code Referer}) is our site or an allowed partner's. A browser that
     * sends neither (privacy settings) is let through: the token still has to be valid. {@code Origin: null} (a
     * sandboxed frame, a page that hides where it is) is another site.
     */
    private boolean fromOurPages(GuardedForm form) {
        String claimed =
                present(form.origin) ? form.origin.strip() : present(form.referer) ? form.referer.strip() : null;
        if (claimed == null) {
            return true;
        }
        Optional<URI> from = Origins.uri(claimed);
        if (from.isEmpty()) {
            return false;
        }
        String origin = Origins.of(from.get());
        if (origin.equals(Origins.of(web.publicUrl())) || partners.listed().contains(origin)) {
            return true;
        }
        return present(form.host)
                && Origins.authority(from.get()).equals(form.host.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
