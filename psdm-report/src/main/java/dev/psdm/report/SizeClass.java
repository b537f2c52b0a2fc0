package dev.psdm.report;

/** Handbook "Guidelines for PSDM": small projects run a lighter set of ceremonies. */
public enum SizeClass {
    SMALL, LARGE
}
