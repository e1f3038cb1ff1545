package org.aldermail.abuse;

/**
 * A server-mode letter came without a valid, unused proof of work. Deliberately one exception for every reason
 * (missing, wrong, expired, reused, forged): the answer does not tell a bot which.
 */
public class ProofOfWorkFailed extends RuntimeException {

    public ProofOfWorkFailed() {
        super("proof of work missing or not valid", null, false, false);
    }
}
