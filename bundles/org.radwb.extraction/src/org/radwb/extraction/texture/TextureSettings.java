package org.radwb.extraction.texture;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Settings of the IBSI texture computation. Immutable; the {@code with...} methods return modified copies.
 * Defaults (IBSI-1 reference settings): GLCM over the 13 (3D) or 4 (2D) directions at distance 1 (GLRLM always uses
 * the unit directions),
 * symmetric GLCM, NGTDM and NGLDM neighbourhood Chebyshev distance 1, NGLDM coarseness alpha 0, all six families and
 * all aggregations.
 */
public final class TextureSettings {

    private final int glcmDistance;
    private final int ngtdmDistance;
    private final int ngldmDistance;
    private final int ngldmCoarseness;
    private final Set<TextureFamily> families;
    private final Set<Aggregation> aggregations;

    private TextureSettings(int glcmDistance, int ngtdmDistance, int ngldmDistance, int ngldmCoarseness,
            Set<TextureFamily> families, Set<Aggregation> aggregations) {
        if (glcmDistance < 1 || ngtdmDistance < 1 || ngldmDistance < 1) {
            throw new IllegalArgumentException("texture distances must be >= 1 (Chebyshev), got GLCM " + glcmDistance
                    + ", NGTDM " + ngtdmDistance + ", NGLDM " + ngldmDistance);
        }
        if (ngldmCoarseness < 0) {
            throw new IllegalArgumentException("NGLDM coarseness alpha must be >= 0, got " + ngldmCoarseness);
        }
        this.glcmDistance = glcmDistance;
        this.ngtdmDistance = ngtdmDistance;
        this.ngldmDistance = ngldmDistance;
        this.ngldmCoarseness = ngldmCoarseness;
        this.families = Collections.unmodifiableSet(families.isEmpty() ? EnumSet.noneOf(TextureFamily.class)
                : EnumSet.copyOf(families));
        this.aggregations = Collections.unmodifiableSet(aggregations.isEmpty() ? EnumSet.noneOf(Aggregation.class)
                : EnumSet.copyOf(aggregations));
    }

    /** @return the IBSI reference settings: every family, every aggregation, distances 1, alpha 0 */
    public static TextureSettings ibsiDefaults() {
        return new TextureSettings(1, 1, 1, 0, EnumSet.allOf(TextureFamily.class), EnumSet.allOf(Aggregation.class));
    }

    /** @return a copy computing only the given families */
    public TextureSettings withFamilies(Set<TextureFamily> newFamilies) {
        return new TextureSettings(glcmDistance, ngtdmDistance, ngldmDistance, ngldmCoarseness, newFamilies, aggregations);
    }

    /** @return a copy computing only the given aggregations */
    public TextureSettings withAggregations(Set<Aggregation> newAggregations) {
        return new TextureSettings(glcmDistance, ngtdmDistance, ngldmDistance, ngldmCoarseness, families, newAggregations);
    }

    /** @return a copy with the GLCM distance (voxels along each of the 13/4 directions) */
    public TextureSettings withGlcmDistance(int d) {
        return new TextureSettings(d, ngtdmDistance, ngldmDistance, ngldmCoarseness, families, aggregations);
    }

    /** @return a copy with the NGTDM neighbourhood Chebyshev distance */
    public TextureSettings withNgtdmDistance(int d) {
        return new TextureSettings(glcmDistance, d, ngldmDistance, ngldmCoarseness, families, aggregations);
    }

    /** @return a copy with the NGLDM neighbourhood Chebyshev distance */
    public TextureSettings withNgldmDistance(int d) {
        return new TextureSettings(glcmDistance, ngtdmDistance, d, ngldmCoarseness, families, aggregations);
    }

    /** @return a copy with the NGLDM coarseness parameter alpha (grey-level difference still counted as dependent) */
    public TextureSettings withNgldmCoarseness(int alpha) {
        return new TextureSettings(glcmDistance, ngtdmDistance, ngldmDistance, alpha, families, aggregations);
    }

    /** @return GLCM distance */
    public int glcmDistance() {
        return glcmDistance;
    }

    /** @return NGTDM Chebyshev neighbourhood distance */
    public int ngtdmDistance() {
        return ngtdmDistance;
    }

    /** @return NGLDM Chebyshev neighbourhood distance */
    public int ngldmDistance() {
        return ngldmDistance;
    }

    /** @return NGLDM coarseness alpha */
    public int ngldmCoarseness() {
        return ngldmCoarseness;
    }

    /** @return the families to compute */
    public Set<TextureFamily> families() {
        return families;
    }

    /** @return the aggregations to compute */
    public Set<Aggregation> aggregations() {
        return aggregations;
    }

    @Override
    public String toString() {
        return "TextureSettings[glcmDistance=" + glcmDistance + ", ngtdmDistance=" + ngtdmDistance
                + ", ngldmDistance=" + ngldmDistance + ", ngldmCoarseness=" + ngldmCoarseness + ", families="
                + families + ", aggregations=" + aggregations + "]";
    }
}
