package org.aldermail.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Who holds one key's daily allowance of mail to a resident; see {@link MailAllowances}. */
@Entity
@Table(name = "mail_allowance")
class MailAllowance {

    @Id
    @Column(name = "allowance_key", length = 64)
    String key;

    @Column(nullable = false, length = 64)
    String holder;

    @Column(name = "granted_at", nullable = false)
    OffsetDateTime grantedAt;
}
