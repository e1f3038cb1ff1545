package org.aldermail.admin;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Organizer accounts: the first one from the environment at startup, then added and removed by organizers. There is
 * never a default password; without one configured, the login page says how to create the first account.
 */
@ApplicationScoped
@Transactional
public class Organizers {

    static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@+-]{3,100}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"',;]+@[^\\s@<>\"',;]+\\.[^\\s@<>\"',;]+");

    private final OrganizerRepository organizers;
    private final AdminConfig config;
    private final Clock clock;

    Organizers(OrganizerRepository organizers, AdminConfig config, Clock clock) {
        this.organizers = organizers;
        this.config = config;
        this.clock = clock;
    }

    /** Creates the first account from ALDERMAIL_ADMIN_USERNAME and ALDERMAIL_ADMIN_PASSWORD when there is none. */
    void firstAccount(@Observes StartupEvent started) {
        if (config.username().isEmpty() || config.password().isEmpty()) {
            if (!QuarkusTransaction.requiringNew().call(this::anyExists)) {
                Log.warn("No organizer account: set ALDERMAIL_ADMIN_USERNAME and ALDERMAIL_ADMIN_PASSWORD and restart"
                        + " to create the first one");
            }
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                if (!anyExists()) {
                    add(
                            config.username().get(),
                            config.password().get(),
                            config.email().orElse(""),
                            null);
                    Log.infof(
                            "Created the first organizer account, %s",
                            config.username().get());
                }
            });
        } catch (OrganizerRejected rejected) {
            Log.errorf("The first organizer account was not created: %s", rejected.reason());
        } catch (PersistenceException | QuarkusTransactionException anotherInstanceWasFirst) {
            Log.info("Another instance created the first organizer account");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean anyExists() {
        return organizers.count() > 0;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganizerView> list() {
        return organizers.listAll().stream()
                .sorted((a, b) -> a.username.compareToIgnoreCase(b.username))
                .map(OrganizerView::of)
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizerView> find(String username) {
        return organizers.findByUsername(username).map(OrganizerView::of);
    }

    /**
     * @param email      may be blank
     * @param addedBy    the organizer who adds the account; null for the first one
     * @throws OrganizerRejected when the username, password or email will not do
     */
    public OrganizerView add(String username, String password, String email, String addedBy) {
        String name = username == null ? "" : username.strip();
        if (!USERNAME.matcher(name).matches()) {
            throw new OrganizerRejected(OrganizerRejected.Reason.USERNAME_INVALID);
        }
        if (password == null || password.length() < config.minPasswordLength() || password.length() > 200) {
            throw new OrganizerRejected(OrganizerRejected.Reason.PASSWORD_TOO_SHORT);
        }
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty()
                && (address.length() > 254 || !EMAIL.matcher(address).matches())) {
            throw new OrganizerRejected(OrganizerRejected.Reason.EMAIL_INVALID);
        }
        if (organizers.findByUsername(name).isPresent()) {
            throw new OrganizerRejected(OrganizerRejected.Reason.USERNAME_TAKEN);
        }
        Organizer organizer = new Organizer();
        organizer.username = name;
        organizer.passwordHash = BcryptUtil.bcryptHash(password);
        organizer.role = Organizer.ROLE;
        organizer.email = address.isEmpty() ? null : address;
        organizer.createdAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        organizer.createdBy = addedBy;
        organizers.persistAndFlush(organizer);
        return OrganizerView.of(organizer);
    }

    /** Removes an account; an organizer cannot remove themselves, so there is always one left. */
    public void remove(long id, String removedBy) {
        Organizer organizer = organizers
                .findByIdOptional(id)
                .orElseThrow(() -> new OrganizerRejected(OrganizerRejected.Reason.UNKNOWN));
        if (organizer.username.equals(removedBy)) {
            throw new OrganizerRejected(OrganizerRejected.Reason.REMOVE_SELF);
        }
        if (organizers.count() <= 1) {
            throw new OrganizerRejected(OrganizerRejected.Reason.REMOVE_LAST);
        }
        organizers.delete(organizer);
        Log.infof("Organizer account %s removed by %s", organizer.username, removedBy);
    }
}
