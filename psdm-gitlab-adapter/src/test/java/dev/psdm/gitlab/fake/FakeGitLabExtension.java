package dev.psdm.gitlab.fake;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * The one fake-GitLab lifecycle every adapter test class shares:
 * {@code @RegisterExtension static final FakeGitLabExtension gitlab = FakeGitLabExtension.start();}
 * starts one server for the class, {@link #reset() resets} it before each test and stops it after the
 * class. After each test every request it received is checked against {@link GitLabContract}: a
 * parameter or GraphQL argument GitLab does not document fails the test. (Apart from
 * {@link FakeGitLab} so that psdm-bench can run the fake without JUnit.)
 */
public final class FakeGitLabExtension extends FakeGitLab implements BeforeEachCallback, AfterEachCallback,
        AfterAllCallback {

    private static FakeGitLabExtension shared;
    private final boolean isShared;

    private FakeGitLabExtension(boolean isShared) {
        this.isShared = isShared;
    }

    /** A fake of the test class's own, stopped after the class. */
    public static FakeGitLabExtension start() {
        return new FakeGitLabExtension(false);
    }

    /**
     * The one fake every {@link FakeGitLabTest} uses, started on first use and stopped when the test JVM
     * exits: the classes run one after another and each test starts from {@link #reset()}, so they need
     * no server of their own.
     */
    static synchronized FakeGitLabExtension shared() {
        if (shared == null) {
            shared = new FakeGitLabExtension(true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "fake-gitlab-stop"));
        }
        return shared;
    }

    /** Every test starts from a fresh fake, whatever the last one stubbed. */
    @Override
    public void beforeEach(ExtensionContext context) {
        reset();
    }

    /** Every request of the test sent only what GitLab documents ({@link GitLabContract}). */
    @Override
    public void afterEach(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            return; // the test's own failure says more
        }
        List<String> violations = GitLabContract.violations(requests());
        if (!violations.isEmpty()) {
            throw new AssertionError("psdm sent what GitLab does not document:\n  " + String.join("\n  ", violations));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!isShared) {
            close();
        }
    }
}
