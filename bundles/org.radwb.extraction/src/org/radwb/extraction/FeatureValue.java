package org.radwb.extraction;

/**
 * One computed value.
 *
 * @param family      feature family (IBSI family name, or the PyRadiomics class)
 * @param name        IBSI formula tag ({@code stat.mean}) or the PyRadiomics column name ({@code original_firstorder_Mean})
 * @param ibsiCode    IBSI feature code ({@code Q4LE}), empty if none
 * @param aggregation IBSI aggregation code for texture ({@code 8QNN}), empty otherwise
 * @param value       the value (NaN when undefined, see the diagnostics)
 */
public record FeatureValue(String family, String name, String ibsiCode, String aggregation, double value) {
}
