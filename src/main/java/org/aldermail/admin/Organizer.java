package org.aldermail.admin;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An organizer's account, read by Quarkus Security JPA at every login and every request with a session cookie (so a
 * removed organizer is out at once). The password is a bcrypt hash in Modular Crypt Format. Public only because the
 * security extension reads it; nothing outside this package uses it.
 */
@Entity
@Table(name = "organizer")
@UserDefinition
public class Organizer {

    /** The one role of the dashboard. */
    public static final String ROLE = "organizer";

    static final int MAX_USERNAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, length = MAX_USERNAME)
    public String username;

    @Password
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @Roles
    @Column(nullable = false, length = 40)
    public String role;

    @Column(length = 254)
    public String email;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", length = MAX_USERNAME)
    public String createdBy;
}
