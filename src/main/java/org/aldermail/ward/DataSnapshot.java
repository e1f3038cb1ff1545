package org.aldermail.ward;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A ward map or roster file content that an app instance has loaded. */
@Entity
@Table(name = "data_snapshot")
class DataSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, length = 20)
    String kind;

    @Column(name = "file_name", nullable = false)
    String fileName;

    @Column(nullable = false, length = 64)
    String sha256;

    @Column(name = "first_loaded_at", nullable = false)
    OffsetDateTime firstLoadedAt;

    @Column(name = "last_loaded_at", nullable = false)
    OffsetDateTime lastLoadedAt;
}
