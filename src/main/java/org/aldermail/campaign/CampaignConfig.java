package org.aldermail.campaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.ZoneId;

/** Where campaigns come from and how they are read. */
@ConfigMapping(prefix = "aldermail.campaign")
public interface CampaignConfig {

    /**
     * The folder with one sub-folder per campaign ({@code <slug>/campaign.yaml}, {@code en.txt}, {@code es.txt});
     * sub-folders whose name starts with '_' or '.' (such as the copy-me {@code _example}) are skipped.
     */
    @WithDefault("data/campaigns")
    Path folder();

    /**
     * How often the folder is checked for edited, added or removed campaigns: a duration such as {@code 5s}, or
     * {@code off}. A campaign that an edit breaks keeps serving its last good version and the error is logged.
     */
    @WithDefault("5s")
    String watchInterval();

    /** The time zone of the dates and times in campaign.yaml that carry no UTC offset (City Council's). */
    @WithDefault("America/Chicago")
    ZoneId timeZone();

    /** The sender display name of campaigns whose campaign.yaml sets no {@code sender.name}. */
    @WithDefault("aldermail")
    String senderName();

    /**
     * The sender address of campaigns whose campaign.yaml sets no {@code sender.address}: an address on a domain
     * the mail server may send for (SPF/DKIM), since letters go out From it on the resident's behalf.
     */
    @WithDefault("letters@localhost")
    String senderAddress();
}
