package org.aldermail.resident;

import io.quarkus.qute.RawString;

/**
 * A campaign as its pages show it, in one language, every sentence ready.
 *
 * @param why        "why we're writing", as safe HTML
 * @param actions    the action items (public comment steps), as safe HTML
 * @param deadline   when letters close, or null when the campaign has no deadline or is closed
 * @param vote       when the vote is (or was), or null
 * @param place      where the vote is, or null
 * @param closed     why no letter can be sent, or null while the campaign takes letters
 * @param counter    the running total and the goal
 * @param flow       the address of the campaign's flow in the page's frame ({@code /c/slug} or {@code /embed/slug}): the
 *                   forms post to it and below it
 */
public record CampaignView(
        String slug,
        String flow,
        String lang,
        String title,
        RawString why,
        RawString actions,
        String social,
        String deadline,
        String vote,
        String place,
        String closed,
        Counter counter,
        String shareUrl) {

    public boolean accepting() {
        return closed == null;
    }

    /**
     * @param count            the counted letters (the public stats' total)
     * @param percent          how far toward the goal, 0 to 100
     * @param selfReportedOnly residents who only said they sent one, shown apart
     */
    public record Counter(
            long count,
            String countText,
            String goalText,
            int goal,
            long value,
            int percent,
            long selfReportedOnly,
            String selfReportedOnlyText) {}
}
