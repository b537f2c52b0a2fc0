package dev.psdm.engine.internal;

import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.engine.facts.ExpectedActivity;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.engine.facts.ReportingWeek;
import dev.psdm.engine.facts.ProjectLabels;
import dev.psdm.engine.facts.WorkItem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DerivationPlanTest {

    @Test
    void aRuleOnTheBacklogGetsEverythingTheBacklogIsMadeOf() {
        DerivationPlan plan = DerivationPlan.forFacts(type -> type == Backlog.class);

        assertThat(plan.derives(Backlog.class)).isTrue();
        assertThat(plan.derives(PlannedIssue.class)).isTrue();
        assertThat(plan.derives(WorkItem.class)).isTrue();
        // telling work from records needs the RAID items and communication plans
        assertThat(plan.derives(RaidItem.class)).isTrue();
        assertThat(plan.derives(CommunicationPlan.class)).isTrue();
        assertThat(plan.derives(ReportingWeek.class)).isFalse();
        assertThat(plan.derives(ProjectLabels.class)).isFalse();
    }

    @Test
    void factsNoRuleMatchesAreNotDerivedButSizesAlwaysAre() {
        DerivationPlan plan = DerivationPlan.forFacts(type -> false);

        assertThat(plan.derives(WorkItem.class)).isFalse();
        assertThat(plan.derives(ExpectedActivity.class)).isFalse();
        assertThat(plan.derives(dev.psdm.engine.facts.ProjectContext.class)).isTrue();
        assertThat(plan.passCount()).isEqualTo(1);
    }

    @Test
    void theWholeCatalogStillTakesTwoPassesOverTheIssues() {
        assertThat(DerivationPlan.forFacts(type -> true).passCount()).isEqualTo(2);
    }

    @Test
    void aNeedNoDeriverProducesIsRejectedWhenThePlanIsBuilt() {
        List<Deriver<?>> registry = new ArrayList<>(Derivers.all());
        registry.add(new Stub<>(Orphan.class, List.of(Unproduced.class)));

        assertThatThrownBy(() -> DerivationPlan.of(registry, type -> type == Orphan.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Orphan needs Unproduced, which no deriver produces (list its deriver in Derivers)");
    }

    @Test
    void needsInACycleAreRejectedNamingTheCycle() {
        List<Deriver<?>> registry = List.of(new Stub<>(Orphan.class, List.of(Unproduced.class)),
                new Stub<>(Unproduced.class, List.of(Orphan.class)));

        assertThatThrownBy(() -> DerivationPlan.of(registry, type -> type == Orphan.class))
                .hasMessage("derived facts need each other in a cycle: Orphan -> Unproduced -> Orphan");
    }

    @Test
    void twoProducersOfOneTypeAreRejected() {
        List<Deriver<?>> registry = List.of(new Stub<>(Orphan.class, List.of()), new Stub<>(Orphan.class, List.of()));

        assertThatThrownBy(() -> DerivationPlan.of(registry, type -> true)).hasMessage("two derivers produce Orphan");
    }

    private record Orphan() {
    }

    private record Unproduced() {
    }

    private static final class Stub<T> extends Deriver<T> {
        Stub(Class<T> produces, List<Class<?>> needs) {
            super(produces, needs);
        }

        @Override
        public Run<T> start(Derivation derivation) {
            return List::of;
        }
    }
}
