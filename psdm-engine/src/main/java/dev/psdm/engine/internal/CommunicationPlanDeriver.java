package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;
import dev.psdm.report.Subject;

import java.util.regex.Pattern;

/** Communication plans: issues and wiki pages titled like one, and whether they mention the stand-up. */
final class CommunicationPlanDeriver extends VisitingDeriver<CommunicationPlan> {
    CommunicationPlanDeriver() {
        super(CommunicationPlan.class);
    }

    @Override
    public Run<CommunicationPlan> start(Derivation derivation) {
        Regexes.Finder title = Regexes.finder(derivation.conventions().get(EngineSettings.COMMUNICATION_PLAN_TITLE));
        Pattern standup = derivation.conventions().get(EngineSettings.ceremonyTitle(CeremonyKind.STANDUP));
        return new Collecting<>() {
            @Override
            public boolean see(int index, Issue issue) {
                if (!title.find(issue.title())) {
                    return false;
                }
                facts().add(new CommunicationPlan(Subject.issue(issue), true, mentions(standup, issue.description())));
                return true;
            }

            @Override
            public void see(WikiPage page) {
                if (title.find(page.title())) {
                    facts().add(new CommunicationPlan(Derivation.wikiSubject(page), page.content() != null,
                            mentions(standup, page.content())));
                }
            }
        };
    }

    private static boolean mentions(Pattern pattern, String text) {
        return pattern != null && text != null && Regexes.find(pattern, text);
    }
}
