package dev.psdm.engine.internal;

import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.derive.Deriver;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.CeremonyKind;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.model.Issue;
import dev.psdm.model.WikiPage;
import dev.psdm.report.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Communication plans: issues and wiki pages titled like one, and whether they mention the stand-up. */
final class CommunicationPlanDeriver extends Deriver<CommunicationPlan> {
    CommunicationPlanDeriver() {
        super(CommunicationPlan.class, List.of());
    }

    @Override
    public boolean visitsIssues() {
        return true;
    }

    @Override
    public Run<CommunicationPlan> start(Derivation derivation) {
        Regexes.Finder title = Regexes.finder(derivation.conventions().get(EngineSettings.COMMUNICATION_PLAN_TITLE));
        Pattern standup = derivation.conventions().get(EngineSettings.ceremonyTitle(CeremonyKind.STANDUP));
        List<CommunicationPlan> plans = new ArrayList<>();
        return new Run<>() {
            @Override
            public boolean see(int index, Issue issue) {
                if (!title.find(issue.title())) {
                    return false;
                }
                plans.add(new CommunicationPlan(Subject.issue(issue), true, mentions(standup, issue.description())));
                return true;
            }

            @Override
            public void see(WikiPage page) {
                if (title.find(page.title())) {
                    plans.add(new CommunicationPlan(Derivation.wikiSubject(page), page.content() != null,
                            mentions(standup, page.content())));
                }
            }

            @Override
            public List<CommunicationPlan> finish() {
                return plans;
            }
        };
    }

    private static boolean mentions(Pattern pattern, String text) {
        return pattern != null && text != null && Regexes.find(pattern, text);
    }
}
