package org.aldermail.geocode;

import java.util.Optional;

/**
 * An online geocoder asked when the offline one cannot decide. Implementations never throw: a timeout, an
 * error or an unreadable answer is "no opinion", and the lookup answers from offline data.
 */
public interface SecondOpinion {

    /** A short name for the response ("census"). */
    String source();

    Optional<OnlineMatch> locate(String oneLineAddress);

    /** The matched address as the online geocoder wrote it, and its point. */
    record OnlineMatch(String matchedAddress, double lon, double lat) {}
}
