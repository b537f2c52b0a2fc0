package dev.psdm.rules.catalog.confidentiality;

import dev.psdm.model.Issue;

import java.util.function.Predicate;

/** The check of PSDM-CONF-001, beside its DRL file. */
public final class ConfidentialityChecks {
    private ConfidentialityChecks() {
    }

    /** Issues, open or closed, marked confidential: a customer reading the project cannot see them. */
    public static Predicate<Issue> confidential() {
        return Issue::confidential;
    }
}
