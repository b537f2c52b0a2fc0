package dev.psdm.engine.internal;

import dev.psdm.engine.facts.Backlog;
import dev.psdm.engine.facts.CommunicationPlan;
import dev.psdm.engine.facts.PlannedIssue;
import dev.psdm.engine.facts.RaidItem;
import dev.psdm.engine.facts.CeremonyRecord;
import dev.psdm.engine.facts.WorkItem;
import dev.psdm.engine.derive.Derivation;
import dev.psdm.engine.derive.Deriver;
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
        assertThat(plan.derives(DerivationPlanTest.Orphan.class)).isFalse();
    }

    @Test
    void factsNoRuleMatchesAreNotDerivedButSizesAlwaysAre() {
        DerivationPlan plan = DerivationPlan.forFacts(type -> false);

        assertThat(plan.derives(WorkItem.class)).isFalse();
        assertThat(plan.derives(RaidItem.class)).isFalse();
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
                .hasMessage("Orphan needs Unproduced, which no deriver produces (list its deriver in a DeriverProvider)");
    }

    @Test
    void needsInACycleAreRejectedNamingTheCycle() {
        List<Deriver<?>> registry = List.of(new Stub<>(Orphan.class, List.of(Unproduced.class)),
                new Stub<>(Unproduced.class, List.of(Orphan.class)));

        assertThatThrownBy(() -> DerivationPlan.of(registry, type -> type == Orphan.class))
                .hasMessage("derived facts need each other in a cycle: Orphan -> Unproduced -> Orphan");
    }

    @Test
    void twoProducersOfOneTypeAreRejectedNamingBoth() {
        List<Deriver<?>> registry = List.of(new Stub<>(Orphan.class, List.of()), new Other<>(Orphan.class));

        assertThatThrownBy(() -> DerivationPlan.of(registry, type -> true)).hasMessage("two derivers produce "
                + Orphan.class.getName() + ": " + Stub.class.getName() + " and " + Other.class.getName());
    }

    @Test
    void aCatalogsDeriverOfAFactTheEngineAlreadyDerivesIsRejected() {
        List<Deriver<?>> registry = new ArrayList<>(Derivers.all());
        registry.add(new Other<>(CeremonyRecord.class));

        assertThatThrownBy(() -> DerivationPlan.of(registry, type -> true))
                .hasMessageStartingWith("two derivers produce " + CeremonyRecord.class.getName());
    }

    @Test
    void theEnginesOwnDeriversAreFoundWithServiceLoaderFirst() {
        // psdm-engine's META-INF/services lists its own provider; without psdm-rules on the class path
        // nothing else is found, so these are exactly the engine's derivers, in its order
        assertThat(Derivers.all().stream().map(d -> d.produces().getName()).toList())
                .isEqualTo(new Derivers().derivers().stream().map(d -> d.produces().getName()).toList());
    }

    private static final class Other<T> extends Deriver<T> {
        Other(Class<T> produces) {
            super(produces, List.of());
        }

        @Override
        public Run<T> start(Derivation derivation) {
            return List::of;
        }
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
