package org.radwb.dicom;

/**
 * Looks up per-frame attributes of multi-frame objects (enhanced MR, SEG): the per-frame functional group first,
 * then the shared one, then the top level of the data set.
 */
public final class FunctionalGroups {
    private FunctionalGroups() {
    }

    /**
     * The numeric values of {@code tag} found in the macro sequence {@code macro} (e.g. Plane Position Sequence)
     * for frame {@code f}; empty if absent everywhere.
     */
    public static double[] doubles(DicomObject ds, int f, int macro, int tag) {
        DicomObject perFrame = frameGroup(ds, f);
        if (perFrame != null) {
            DicomObject m = perFrame.getItem(macro);
            if (m != null && m.contains(tag)) {
                return m.getDoubles(tag);
            }
        }
        DicomObject shared = ds.getItem(Tag.SharedFunctionalGroupsSequence);
        if (shared != null) {
            DicomObject m = shared.getItem(macro);
            if (m != null && m.contains(tag)) {
                return m.getDoubles(tag);
            }
        }
        return ds.getDoubles(tag);
    }

    /** The item of the macro sequence for frame f (per-frame, else shared), or null. */
    public static DicomObject macro(DicomObject ds, int f, int macro) {
        DicomObject perFrame = frameGroup(ds, f);
        if (perFrame != null && perFrame.getItem(macro) != null) {
            return perFrame.getItem(macro);
        }
        DicomObject shared = ds.getItem(Tag.SharedFunctionalGroupsSequence);
        return shared == null ? null : shared.getItem(macro);
    }

    private static DicomObject frameGroup(DicomObject ds, int f) {
        var frames = ds.getSequence(Tag.PerFrameFunctionalGroupsSequence);
        return f < frames.size() ? frames.get(f) : null;
    }
}
