package org.aldermail.resident;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import org.aldermail.web.Page;

/** The resident's pages: {@code templates/resident/<method>.html}, each inside {@code templates/layout/page.html}. */
@CheckedTemplate(basePath = "resident")
final class ResidentTemplates {

    private ResidentTemplates() {}

    static native TemplateInstance index(Page page, List<Steps.CampaignItem> campaigns);

    static native TemplateInstance campaign(Page page, CampaignView campaign, Steps.AddressStep step);

    static native TemplateInstance choose(Page page, CampaignView campaign, Steps.WardChoice step);

    static native TemplateInstance letter(
            Page page, CampaignView campaign, Steps.LetterStep step, Steps.ProofOfWorkWidget proofOfWork);

    static native TemplateInstance handover(Page page, CampaignView campaign, Steps.Handover step);

    static native TemplateInstance thanks(Page page, CampaignView campaign, Steps.Thanks step);

    static native TemplateInstance missing(Page page);

    static native TemplateInstance failure(Page page, String text);

    static native TemplateInstance rateLimited(Page page, String back, String when);
}
