package org.quiver.bench.run;

/** How a query fared: timed only when both sides ran. */
public enum Status {
    /** Both sides gave the same rows; timed. */
    OK,
    /** Both sides ran but gave different rows (a Quiver bug or a baseline bug); timed, left out of the mean. */
    MISMATCH,
    /** Quiver raised UnsupportedFeature; only the baseline is timed. */
    UNSUPPORTED,
    /** A side failed with another error. */
    ERROR,
    /** A run took longer than the limit and was cancelled. */
    TIMEOUT
}
