package org.aldermail.partner;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.aldermail.campaign.CampaignService;
import org.aldermail.campaign.CampaignSummary;
import org.aldermail.delivery.Sources;
import org.aldermail.web.Language;
import org.aldermail.web.Page;
import org.aldermail.web.RequestLanguage;
import org.aldermail.web.WebConfig;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * {@code /partners}: how a partner organization puts the resident's flow on its own page, with the code to paste for
 * the campaign, language and source code it chooses, a preview of it, and copy buttons. A plain form (GET) makes the
 * code without JavaScript; {@code /js/partners.js} updates the code and the preview as the partner types.
 */
@Path("/partners")
@Produces(MediaType.TEXT_HTML)
public class PartnerPage {

    /** One option of a select. */
    public record Choice(String value, String label, boolean selected) {}

    /**
     * What the page shows.
     *
     * @param source       the code as typed (shown again in its field)
     * @param sourceError  why the code cannot be used, or null
     * @param snippets     the code for the chosen campaign, or null when no campaign takes letters
     * @param stats        the public numbers' address for the chosen campaign, or null
     */
    public record Chosen(
            List<Choice> campaigns,
            List<Choice> languages,
            String campaign,
            String language,
            String source,
            String sourceError,
            Snippets snippets,
            String stats) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Page page, Chosen chosen);
    }

    private final CampaignService campaigns;
    private final WebConfig web;

    public PartnerPage(CampaignService campaigns, WebConfig web) {
        this.campaigns = campaigns;
        this.web = web;
    }

    @GET
    public TemplateInstance show(
            @RestQuery String lang,
            @RestQuery String campaign,
            @RestQuery String language,
            @RestQuery String source,
            HttpHeaders headers) {
        Language pageLanguage = RequestLanguage.of(lang, headers);
        PartnerMessages words = words(pageLanguage);
        Language embedLanguage = Language.fromCode(language).orElse(pageLanguage);
        List<CampaignSummary> open = campaigns.summaries().stream()
                .filter(CampaignSummary::acceptsLetters)
                .toList();
        String slug = open.stream()
                .map(CampaignSummary::slug)
                .filter(s -> s.equals(campaign))
                .findFirst()
                .orElse(open.isEmpty() ? null : open.get(0).slug());
        String typed = source == null ? "" : source;
        boolean usable = Sources.isValid(typed);
        String error = typed.isBlank() || usable ? null : words.source_invalid();
        String base = web.publicUrl().toString().replaceAll("/+$", "");
        Snippets snippets = slug == null
                ? null
                : Snippets.of(
                        base,
                        slug,
                        embedLanguage.code(),
                        usable ? typed.strip() : null,
                        words(embedLanguage).frame_title());
        Chosen chosen = new Chosen(
                open.stream()
                        .map(c -> new Choice(
                                c.slug(),
                                title(c.slug(), pageLanguage),
                                c.slug().equals(slug)))
                        .toList(),
                Arrays.stream(Language.values())
                        .map(l -> new Choice(l.code(), l.nativeName(), l == embedLanguage))
                        .toList(),
                slug,
                embedLanguage.code(),
                typed,
                error,
                snippets,
                slug == null ? null : base + "/api/v1/campaigns/" + slug + "/stats");
        Page page = Page.linked(
                pageLanguage.code(),
                words.title(),
                error != null,
                code -> "/partners?lang=" + code + query("campaign", slug) + query("language", embedLanguage.code())
                        + query("source", usable ? typed.strip() : null));
        return Templates.show(page, chosen).setLocale(pageLanguage.locale());
    }

    private String title(String slug, Language language) {
        return campaigns.campaign(slug).map(c -> c.text(language).title()).orElse(slug);
    }

    private static PartnerMessages words(Language language) {
        return MessageBundles.get(PartnerMessages.class, Localized.Literal.of(language.code()));
    }

    private static String query(String name, String value) {
        return value == null ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
