package org.aldermail.admin;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class OrganizerRepository implements PanacheRepository<Organizer> {

    Optional<Organizer> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
