package dev.psdm.engine.facts;

import dev.psdm.report.Subject;

/**
 * An issue or wiki page recognised as the communication plan (handbook: the iteration schedule
 * and cadence "is part of the Communication Plan that lives within the GitLab Customer Project").
 *
 * @param contentKnown    false for a wiki page read without its content
 * @param mentionsStandup its text states a standup cadence
 */
public record CommunicationPlan(Subject subject, boolean contentKnown, boolean mentionsStandup) {
}
