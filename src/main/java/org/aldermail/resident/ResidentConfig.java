package org.aldermail.resident;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;

/** The resident's pages. */
@ConfigMapping(prefix = "aldermail.pages")
public interface ResidentConfig {

    /**
     * The Chicago Board of Election Commissioners' own address lookup ("Your Voter Information", which shows a voter's
     * ward), offered when an address lies where two wards meet.
     */
    @WithDefault("https://chicagoelections.gov/voting/your-voter-information")
    URI boardOfElectionsUrl();
}
