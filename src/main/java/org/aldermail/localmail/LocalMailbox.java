package org.aldermail.localmail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.logging.Log;
import io.quarkus.mailer.SentMail;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.aldermail.web.WebConfig;

/**
 * The mails the app sent in this run, newest first, for {@code /dev/mailbox}. It exists only in a package built with
 * the {@code local} profile (the README's run command), where the mailer is a mock: nothing leaves the machine, and a
 * new user still sees the confirmation email and its link. The mailer announces every mail it sends ({@link SentMail}),
 * so the delivery code is the same one production runs.
 */
@IfBuildProfile(LocalMailbox.PROFILE)
@ApplicationScoped
public class LocalMailbox {

    /** The configuration profile of the README's run command; its parent is {@code prod}. */
    public static final String PROFILE = "local";

    /** Bounded so that a local run left on for days cannot fill the heap. */
    static final int CAPACITY = 1000;

    private final Clock clock;
    private final WebConfig web;
    private final Deque<LocalMail> mails = new ArrayDeque<>();
    private long lastId;

    LocalMailbox(Clock clock, WebConfig web) {
        this.clock = clock;
        this.web = web;
    }

    /**
     * A package built for the local mailbox shows every mail it sends to anyone who can reach it, so it refuses to run
     * under another profile, such as {@code QUARKUS_PROFILE=prod} on a copied {@code target/quarkus-app}.
     */
    void checkProfile(@Observes StartupEvent start) {
        if (!ConfigUtils.isProfileActive(PROFILE)) {
            throw new IllegalStateException("This package was built with the '" + PROFILE
                    + "' profile (a local mailbox instead of SMTP) and runs only with it, but the active profiles are "
                    + ConfigUtils.getProfiles() + ". Build the production package with ./mvnw package.");
        }
        Log.warnf(
                "Local mailbox: mail is not sent but kept in memory; read it at %s",
                web.publicUrl().resolve(MailboxPage.PATH));
    }

    void record(@Observes SentMail sent) {
        try {
            synchronized (mails) {
                mails.addFirst(new LocalMail(
                        ++lastId,
                        clock.instant(),
                        sent.from(),
                        sent.to(),
                        sent.cc(),
                        sent.replyTo(),
                        sent.subject(),
                        sent.textBody()));
                while (mails.size() > CAPACITY) {
                    mails.removeLast();
                }
            }
        } catch (RuntimeException e) {
            // The mailer calls this inside the send: a failure here would count as a failed send in the outbox.
            Log.errorf(e, "The local mailbox could not keep the mail \"%s\"", sent.subject());
        }
    }

    /** Newest first. */
    public List<LocalMail> all() {
        synchronized (mails) {
            return List.copyOf(mails);
        }
    }

    public Optional<LocalMail> find(long id) {
        synchronized (mails) {
            return mails.stream().filter(mail -> mail.id() == id).findFirst();
        }
    }
}
