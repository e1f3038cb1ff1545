package org.aldermail.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServerSecretTest {

    @Inject
    ServerSecret secret;

    @Inject
    ServerSecretRepository secrets;

    @Test
    void aGeneratedKeyIsKeptInTheDatabaseForEveryInstance() {
        String first = secret.hmacHex("test", "value");
        assertThat(QuarkusTransaction.requiringNew().call(() -> secrets.findByIdOptional("signing-key")))
                .isPresent();
        assertThat(secret.hmacHex("test", "value")).isEqualTo(first).hasSize(64);
    }

    @Test
    void eachPurposeSignsDifferently() {
        assertThat(secret.hmacHex("form", "value")).isNotEqualTo(secret.hmacHex("client", "value"));
        assertThat(secret.hmacHex("form", "value")).isNotEqualTo(secret.hmacHex("form", "other"));
    }
}
