package org.aldermail.delivery;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;

/**
 * Letters written straight into the store, in a chosen state, for tests outside the delivery package that need known
 * counts (the organizers' dashboard and its exports). Their mail never goes out unless the test says so.
 */
public final class TestLetters {

    /** What a test letter looks like; {@link #server} and {@link #link} start one. */
    public record Spec(
            String campaign,
            int ward,
            String alderName,
            String alderEmail,
            String residentName,
            String residentEmail,
            String streetAddress,
            String source,
            DeliveryMode mode,
            boolean personalised) {

        public Spec from(String name, String email, String address) {
            return new Spec(campaign, ward, alderName, alderEmail, name, email, address, source, mode, personalised);
        }

        public Spec source(String value) {
            return new Spec(
                    campaign,
                    ward,
                    alderName,
                    alderEmail,
                    residentName,
                    residentEmail,
                    streetAddress,
                    value,
                    mode,
                    personalised);
        }

        public Spec withOwnWords() {
            return new Spec(
                    campaign,
                    ward,
                    alderName,
                    alderEmail,
                    residentName,
                    residentEmail,
                    streetAddress,
                    source,
                    mode,
                    true);
        }
    }

    private TestLetters() {}

    public static Spec server(String campaign, int ward, String alderName, String alderEmail) {
        String unique = UUID.randomUUID().toString().substring(0, 12);
        return new Spec(
                campaign,
                ward,
                alderName,
                alderEmail,
                "Resident " + unique,
                "r-" + unique + "@example.org",
                "5500 S Kedzie Ave",
                "web",
                DeliveryMode.SERVER,
                false);
    }

    /** Writes the letter and puts it in {@code status}; its outbox mail, if any, is failed so no dispatch sends it. */
    public static String insert(Spec spec, LetterStatus status) {
        LetterStore store = Arc.container().instance(LetterStore.class).get();
        String id = store.insert(
                        new NewLetter(
                                spec.campaign(),
                                spec.ward(),
                                spec.alderName(),
                                spec.alderEmail(),
                                spec.residentName(),
                                spec.residentEmail(),
                                spec.streetAddress(),
                                "en",
                                "Test letter",
                                "Dear Alderperson,",
                                spec.personalised(),
                                spec.mode(),
                                false,
                                spec.source(),
                                "Test via aldermail",
                                "letters@example.org",
                                false,
                                null,
                                "resident-" + UUID.randomUUID()),
                        Duration.ofDays(7))
                .id();
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createQuery("update Letter l set l.status = :status where l.publicId = :id")
                    .setParameter("status", status)
                    .setParameter("id", id)
                    .executeUpdate();
            em.createQuery("""
                    update OutboxMessage m set m.status = 'FAILED', m.lastError = 'SMTP 550 5.1.1 <address>: no such user'
                    where m.letterId = (select l.id from Letter l where l.publicId = :id)""").setParameter("id", id).executeUpdate();
            if (status == LetterStatus.FAILED) {
                em.createQuery("update Letter l set l.failureReason = 'SMTP 550 5.1.1 <address>: no such user'"
                                + " where l.publicId = :id")
                        .setParameter("id", id)
                        .executeUpdate();
            }
        });
        return id;
    }

    /** Records that the resident opened the mail link of a link letter (so it counts). */
    public static void opened(String id) {
        Arc.container().instance(LetterStore.class).get().recordEvent(id, LetterEvent.Kind.OPENED);
    }
}
