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

    private FakeGitLabExtension() {
    }

    public static FakeGitLabExtension start() {
        return new FakeGitLabExtension();
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
        close();
    }
}
