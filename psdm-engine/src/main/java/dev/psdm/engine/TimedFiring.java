package dev.psdm.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one session's work (inserting the facts, firing the rules) within a time budget. Custom rules
 * are the team's own code, and a {@code while (true)} in one hung a pipeline forever. Without a
 * budget the work runs on the caller's thread, as before; with one it runs on a daemon thread the
 * caller waits for, because a loop that never returns can only be abandoned from outside.
 */
final class TimedFiring {
    /** How long a thread interrupted at the deadline may take to notice before it is stopped. */
    private static final long GRACE_MILLIS = 200;

    private TimedFiring() {
    }

    /**
     * Runs the work within {@code left} of the evaluation's {@code budget} (named in the message).
     *
     * @throws RuleTimeoutException when the time runs out and the worker ended
     * @throws AbandonedSession     when the time runs out and the worker still runs: do not dispose the session
     */
    static void run(KieSession session, Runnable work, Duration left, Duration budget, String projectPath,
                    boolean customRules) {
        if (left == null) {
            work.run();
            return;
        }
        RunningRule running = new RunningRule();
        session.addEventListener(running);
        FutureTask<Void> task = new FutureTask<>(work, null);
        Thread worker = new Thread(task, "psdm-evaluation");
        worker.setDaemon(true);
        worker.start();
        try {
            task.get(left.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            Rule rule = running.rule;
            session.halt();
            boolean ended = end(worker);
            RuleTimeoutException timeout = new RuleTimeoutException(rule == null ? null : idOf(rule),
                    rule == null ? null : rule.getName(), budget, projectPath, customRules);
            if (!ended) {
                throw new AbandonedSession(timeout);
            }
            throw timeout;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            Rule rule = running.rule;
            if (cause instanceof Error error && rule != null) {
                // a StackOverflowError or OutOfMemoryError in a consequence (a custom rule that recurses):
                // Drools passes Errors on unwrapped, and the rule's name is what its author needs
                throw new RuleFailedException(idOf(rule), rule.getName(), projectPath, error);
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.halt();
            end(worker);
            throw new IllegalStateException("interrupted while evaluating " + projectPath, e);
        }
    }

    private static String idOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id == null ? rule.getName() : RuleMetadata.unquote(id);
    }

    /**
     * Interrupts the worker (a rule that sleeps or waits ends there), then stops it: a busy loop
     * ignores interrupts, and left alone it would burn a core for the life of the JVM. Thread.stop
     * works up to Java 19; later JVMs refuse it, and the thread stays (the CLI exits anyway).
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static boolean end(Thread worker) {
        worker.interrupt();
        try {
            worker.join(GRACE_MILLIS);
            if (worker.isAlive()) {
                try {
                    worker.stop();
                } catch (UnsupportedOperationException refused) {
                    return false;
                }
                worker.join(GRACE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !worker.isAlive();
    }

    /** The rule whose consequence is running, for the timeout's message. */
    private static final class RunningRule extends DefaultAgendaEventListener {
        private volatile Rule rule;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            rule = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            rule = null;
        }
    }

    /** The timeout, thrown when the session's thread still runs: the caller must not dispose the session. */
    static final class AbandonedSession extends RuntimeException {
        AbandonedSession(RuleTimeoutException timeout) {
            super(timeout.getMessage(), timeout);
        }

        RuleTimeoutException timeout() {
            return (RuleTimeoutException) getCause();
        }
    }
}
