package dev.psdm.gitlab;

/** One record of a list GitLab sent cannot be used; the record is skipped with a notice saying why. */
final class UnusableRecord extends RuntimeException {
    UnusableRecord(String why) {
        super(why, null, false, false);
    }
}
