package org.aldermail.admin;

/** What a form post redirects back with ({@code ?notice=retried}), as the words the page shows. */
final class Notices {

    static final String RETRIED = "retried";
    static final String NOT_RETRIED = "not-retried";
    static final String TEST_QUEUED = "test-queued";
    static final String ADDED = "added";
    static final String REMOVED = "removed";

    private Notices() {}

    static String text(String notice, AdminMessages words) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case RETRIED -> words.retry_done();
            case NOT_RETRIED -> words.retry_refused();
            case TEST_QUEUED -> words.test_queued();
            case REMOVED -> words.removed();
            default -> null;
        };
    }
}
