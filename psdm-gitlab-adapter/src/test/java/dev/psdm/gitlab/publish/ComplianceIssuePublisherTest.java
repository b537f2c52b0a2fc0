package dev.psdm.gitlab.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.psdm.gitlab.GitLabConnection;
import dev.psdm.gitlab.RetryPolicy;
import dev.psdm.gitlab.fake.FakeIssueWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compliance issue against a GitLab that remembers its writes (issue 30 items 1 and 5). */
class ComplianceIssuePublisherTest {
    private static final String TOKEN = "glpat-publishTestToken0123";
    private final FakeIssueWrites gitlab = new FakeIssueWrites();

    @AfterEach
    void stop() {
        gitlab.close();
    }

    private GitLabConnection connect() {
        return GitLabConnection.open(current.baseUrl(), () -> TOKEN,
                RetryPolicy.defaults().withBackoff(Duration.ZERO, Duration.ZERO).withMaxAttempts(3), null,
                Duration.ofSeconds(5), Duration.ofSeconds(10), null, d -> { }, Clock.systemUTC());
    }

    private static PublishContent content(String fingerprint, Posture posture, String... failing) {
        return new PublishContent("PSDM compliance", "# Report " + fingerprint + "\n\nGate: " + posture + "\n", posture,
                fingerprint, new TreeSet<>(List.of(failing)), null, false);
    }

    private PublishResult publish(PublishContent content, boolean apply) {
        try (GitLabConnection c = connect()) {
            TokenScopes.requireWriteScope(c);
            Writes writes = apply ? Writes.applying(c) : Writes.dryRun(c);
            return new ComplianceIssuePublisher(writes, PostureLabels.DEFAULT).publish("5", content);
        }
    }

    @Test
    void createsTheComplianceIssueWhenMissingWithTheReportLabelAndMarker() {
        PublishResult result = publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);

        assertThat(result.action()).isEqualTo("created");
        assertThat(result.iid()).isEqualTo(1L);
        assertThat(gitlab.issues()).hasSize(1);
        ObjectNode issue = gitlab.issues().get(0);
        assertThat(issue.path("title").asText()).isEqualTo("PSDM compliance");
        assertThat(issue.path("description").asText())
                .startsWith("<!-- psdm-check:compliance-issue fingerprint=aaaaaaaa failing=PSDM-RAID-002 -->")
                .contains("# Report aaaaaaaa");
        assertThat(issue.path("labels").toString()).isEqualTo("[\"PSDM::failing\"]");
        assertThat(gitlab.requests()).containsExactly("GET /api/v4/personal_access_tokens/self",
                "GET /api/v4/projects/5/issues", "POST /api/v4/projects/5/issues");
    }

    @Test
    void anUnchangedOutcomeSendsNoWriteAtAll() {
        publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);
        gitlab.resetRequests();

        PublishResult again = publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);

        assertThat(again.action()).isEqualTo("unchanged");
        assertThat(again.writes()).isEmpty();
        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.requests()).hasSize(2); // the scope check and the search
    }

    @Test
    void aChangedOutcomeRewritesInPlaceSwapsThePostureLabelAndNotesTheChange() {
        publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002", "PSDM-WGT-001"), true);
        gitlab.addIssue("Team work", "ordinary issue", "PSDM::failing");
        gitlab.resetRequests();

        PublishResult result = publish(content("bbbbbbbb", Posture.AT_RISK, "PSDM-WGT-001", "PSDM-CER-001"), true);

        assertThat(result.action()).isEqualTo("updated");
        assertThat(gitlab.issues()).hasSize(2);
        ObjectNode issue = gitlab.issues().get(0);
        assertThat(issue.path("description").asText()).contains("fingerprint=bbbbbbbb").contains("# Report bbbbbbbb");
        assertThat(issue.path("labels").toString()).isEqualTo("[\"PSDM::at risk\"]");
        assertThat(gitlab.notes(1)).singleElement().satisfies(n -> assertThat(n.path("body").asText())
                .startsWith("The PSDM check outcome changed: newly failing PSDM-CER-001. fixed PSDM-RAID-002."));
        assertThat(gitlab.writes()).isEqualTo(2);
        assertThat(gitlab.issues().get(1).path("labels").toString()).isEqualTo("[\"PSDM::failing\"]");
    }

    @Test
    void changedFindingsOfTheSameFailingRulesRewriteTheDescriptionWithoutANote() {
        publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);
        gitlab.resetRequests();

        publish(content("cccccccc", Posture.FAILING, "PSDM-RAID-002"), true);

        assertThat(gitlab.notes(1)).isEmpty();
        assertThat(gitlab.requests()).containsExactly("GET /api/v4/personal_access_tokens/self",
                "GET /api/v4/projects/5/issues", "PUT /api/v4/projects/5/issues/1");
    }

    @Test
    void anIssueAPersonMadeWithTheSameTitleIsNeverTouched() {
        ObjectNode theirs = gitlab.addIssue("PSDM compliance", "Our own notes on PSDM, please keep");
        String before = theirs.toString();

        publish(content("aaaaaaaa", Posture.COMPLIANT), true);
        publish(content("bbbbbbbb", Posture.FAILING, "PSDM-RAID-002"), true);

        assertThat(gitlab.issues()).hasSize(2);
        assertThat(gitlab.issues().get(0).toString()).isEqualTo(before);
        assertThat(gitlab.notes(1)).isEmpty();
        assertThat(gitlab.requests()).noneMatch(r -> r.contains("/issues/1"));
    }

    @Test
    void aDryRunSendsNoWriteAndListsWhatItWouldSend() {
        PublishResult planned = publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), false);

        assertThat(gitlab.writes()).isZero();
        assertThat(gitlab.issues()).isEmpty();
        assertThat(planned.writes()).singleElement().satisfies(w -> assertThat(w.describe())
                .startsWith("POST /projects/5/issues: create issue \"PSDM compliance\" with the report (")
                .endsWith("label PSDM::failing"));

        publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);
        gitlab.resetRequests();
        PublishResult update = publish(content("bbbbbbbb", Posture.COMPLIANT), false);
        assertThat(gitlab.writes()).isZero();
        assertThat(update.writes()).extracting(WriteRequest::describe).satisfiesExactly(
                note -> assertThat(note).isEqualTo("POST /projects/5/issues/1/notes: note: The PSDM check outcome"
                        + " changed: fixed PSDM-RAID-002. No rule fails now."),
                put -> assertThat(put).startsWith("PUT /projects/5/issues/1: description rewritten with the report (")
                        .endsWith(" characters), label PSDM::compliant, label PSDM::failing removed"));
    }

    @Test
    void aTokenWithoutTheApiScopeIsRefusedBeforeAnyWrite() {
        gitlab.scopes("read_api");

        assertThatThrownBy(() -> publish(content("aaaaaaaa", Posture.FAILING), true))
                .isInstanceOf(PublishException.class)
                .hasMessage("the token has the scopes read_api but psdm publish writes to GitLab and needs the api scope"
                        + " (a project access token with the api scope and the Reporter role; docs/publish.md)");
        assertThat(gitlab.requests()).containsExactly("GET /api/v4/personal_access_tokens/self");
    }

    @Test
    void aRunKilledAfterItsNoteConvergesToWhatACleanRunWrites() {
        // the clean run
        publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);
        publish(content("bbbbbbbb", Posture.COMPLIANT), true);
        String clean = gitlab.state();

        try (FakeIssueWrites killed = new FakeIssueWrites()) {
            FakeIssueWrites saved = swap(killed);
            try {
                publish(content("aaaaaaaa", Posture.FAILING, "PSDM-RAID-002"), true);
                killed.writeBudget(1); // the note goes out, then the run dies before the description
                assertThatThrownBy(() -> publish(content("bbbbbbbb", Posture.COMPLIANT), true))
                        .isInstanceOf(dev.psdm.gitlab.GitLabFetchException.class);
                assertThat(killed.notes(1)).hasSize(1);
                killed.writeBudget(Integer.MAX_VALUE);

                publish(content("bbbbbbbb", Posture.COMPLIANT), true);

                assertThat(killed.state()).isEqualTo(clean);
            } finally {
                swap(saved);
            }
        }
    }

    @Test
    void aRateLimitedWriteWaitsAndIsRetried() {
        gitlab.failNextWrites(1, 429);

        publish(content("aaaaaaaa", Posture.FAILING), true);

        assertThat(gitlab.issues()).hasSize(1);
        assertThat(gitlab.requests()).filteredOn(r -> r.startsWith("POST")).hasSize(2);
    }

    @Test
    void aServerErrorOnACreateIsNotRetriedBlindly() {
        gitlab.failNextWrites(1, 502);

        assertThatThrownBy(() -> publish(content("aaaaaaaa", Posture.FAILING), true))
                .isInstanceOf(dev.psdm.gitlab.GitLabFetchException.class).hasMessageContaining("502");
        assertThat(gitlab.requests()).filteredOn(r -> r.startsWith("POST")).hasSize(1);
    }

    @Test
    void theExternalControlIsSignedAsGitLabDocumentsAndAWrongSecretIsRejected() {
        gitlab.controlSecret("shared-control-secret");
        Clock clock = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);
        try (GitLabConnection c = connect()) {
            new ExternalControl(7, "shared-control-secret", clock, () -> "nonce-1").send(Writes.applying(c), "5", false);
            assertThat(gitlab.controlStatuses()).containsExactly("fail");
            assertThatThrownBy(() -> new ExternalControl(7, "another-secret", clock, () -> "nonce-2")
                    .send(Writes.applying(c), "5", true)).isInstanceOf(dev.psdm.gitlab.GitLabAccessException.class);
            assertThat(gitlab.controlStatuses()).containsExactly("fail");
        }
    }

    @Test
    void theSignatureIsTheDocumentedConcatenation() throws Exception {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);
        var headers = new ExternalControl(7, "s3cr3t-value", clock, () -> "abc").headers(
                "/api/v4/projects/5/compliance_external_controls/7/status", "pass");
        assertThat(headers).containsEntry("X-Gitlab-Timestamp", "1700000000").containsEntry("X-Gitlab-Nonce", "abc");
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec("s3cr3t-value".getBytes(), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal(
                "1700000000abc/api/v4/projects/5/compliance_external_controls/7/status status=pass".replace(" ", "")
                        .getBytes()));
        assertThat(headers.get("X-Gitlab-Hmac-Sha256")).isEqualTo(expected);
        assertThat(new ExternalControl(7, "s3cr3t-value").toString()).doesNotContain("s3cr3t");
    }

    private FakeIssueWrites current = gitlab;

    private FakeIssueWrites swap(FakeIssueWrites next) {
        FakeIssueWrites previous = current;
        current = next;
        return previous;
    }
}
