package org.radwb.modeling.stats;

/** Argument checks shared by the statistics, with messages that name the offending element. */
public final class Checks {

    private Checks() {
    }

    /** Throws if the two arrays differ in length. */
    public static void sameLength(double[] a, double[] b, String nameA, String nameB) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " has " + a.length + " values but " + nameB + " has " + b.length);
        }
    }

    /** Throws unless {@code v} is 0 or 1. */
    public static void binary(double v, int index) {
        if (v != 0 && v != 1) {
            throw new IllegalArgumentException("outcome at index " + index + " is " + v + ", expected 0 or 1");
        }
    }

    /** Throws unless {@code v} is finite. */
    public static void finite(double v, String what, int index) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " at index " + index + " is " + v + ", expected a finite number");
        }
    }

    /** Throws unless {@code v} is a probability in [0, 1]. */
    public static void probability(double v, int index) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("predicted probability at index " + index + " is " + v
                    + ", expected a value in [0, 1]");
        }
    }
}
