package dev.psdm.gitlab;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestPacerTest {

    @Test
    void spacesRequestsThatComeTogetherEvenly() throws InterruptedException {
        List<Duration> waits = new ArrayList<>();
        RequestPacer pacer = RequestPacer.perMinute(600, Clock.fixed(Instant.parse("2026-05-15T12:00:00Z"), ZoneOffset.UTC),
                waits::add);

        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }

        assertThat(pacer.interval()).isEqualTo(Duration.ofMillis(100));
        // the first goes at once; the others wait for their slot, 100 ms apart
        assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
    }

    @Test
    void aRequestAfterAQuietSpellGoesAtOnce() throws InterruptedException {
        List<Duration> waits = new ArrayList<>();
        TestSupport.ManualClock clock = new TestSupport.ManualClock(Instant.parse("2026-05-15T12:00:00Z"));
        RequestPacer pacer = RequestPacer.perMinute(60, clock, waits::add);
        pacer.acquire();
        clock.advance(Duration.ofSeconds(5));
        pacer.acquire();
        assertThat(waits).isEmpty();
    }

    @Test
    void aHoldAfterA429DelaysEveryLaterRequestAndIsNeverShortened() throws InterruptedException {
        List<Duration> waits = new ArrayList<>();
        RequestPacer pacer = RequestPacer.perMinute(600, Clock.fixed(Instant.parse("2026-05-15T12:00:00Z"), ZoneOffset.UTC),
                waits::add);

        pacer.holdFor(Duration.ofSeconds(30));
        pacer.holdFor(Duration.ofSeconds(5));
        pacer.acquire();
        pacer.acquire();

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMillis(30_100));
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> RequestPacer.perMinute(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
