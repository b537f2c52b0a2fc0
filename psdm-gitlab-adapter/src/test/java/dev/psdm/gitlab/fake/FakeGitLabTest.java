package dev.psdm.gitlab.fake;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the test classes that read from the fake GitLab: {@code gitlab} is reset before each test and
 * checked against {@link GitLabContract} after it ({@link FakeGitLabExtension}), one server for all of them.
 */
public abstract class FakeGitLabTest {
    @RegisterExtension
    protected static final FakeGitLabExtension gitlab = FakeGitLabExtension.shared();
}
