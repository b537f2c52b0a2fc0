package dev.psdm.engine.internal;

import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.VisitingDeriver;
import dev.psdm.engine.conventions.Conventions;
import dev.psdm.engine.conventions.EngineSettings;
import dev.psdm.engine.conventions.Regexes;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.model.Issue;

import java.util.List;

/**
 * Which issues are records rather than work: ceremony records, RAID items, the communication plan and
 * internal retrospectives are not units of work to estimate, put on the board or roll into an epic; nor
 * are work items of a type the conventions leave out ({@code workItems.types}: tasks, incidents and test
 * cases by default).
 * An internal product (the marks live in the {@link Derivation}), never inserted into a session.
 */
final class RecordMarks {
    private static final RecordMarks DONE = new RecordMarks();

    private RecordMarks() {
    }

    /** Marks the records of the pass it rides (after the derivers that recognise them) and internal retrospectives. */
    static final class Deriver extends VisitingDeriver<RecordMarks> {
        Deriver() {
            super(RecordMarks.class);
        }

        @Override
        public List<Class<?>> sameIssueNeeds() {
            return List.of(CeremonyRecord.class, RaidItem.class, CommunicationPlan.class);
        }

        @Override
        public Run<RecordMarks> start(Derivation derivation) {
            Conventions conventions = derivation.conventions();
            Regexes.Finder retrospectiveTitle = Regexes.finder(conventions.get(EngineSettings.INTERNAL_RETROSPECTIVE_TITLE));
            List<String> workTypes = derivation.conventions().get(EngineSettings.WORK_ITEM_TYPES);
            return new Run<>() {
                @Override
                public boolean see(int index, Issue issue) {
                    if (derivation.isRecord(index)) {
                        return false;
                    }
                    return !issue.isAnyType(workTypes) || isInternalRetrospective(issue, retrospectiveTitle, conventions);
                }

                @Override
                public List<RecordMarks> finish() {
                    return List.of(DONE);
                }
            };
        }

        /** Titled like an internal retrospective, or carrying one of its labels (one reused finder per run). */
        private static boolean isInternalRetrospective(Issue issue, Regexes.Finder title, Conventions conventions) {
            return title.find(issue.title()) || issue.hasAnyLabel(conventions.internalRetrospectiveLabels());
        }
    }
}
