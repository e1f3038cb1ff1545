package org.aldermail.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A secret the instances share, stored once. */
@Entity
@Table(name = "server_secret")
class ServerSecretRow {

    @Id
    @Column(length = 40)
    String name;

    @Column(name = "secret", nullable = false, length = 100)
    String value;

    @Column(name = "created_at", nullable = false)
    OffsetDateTime createdAt;
}
