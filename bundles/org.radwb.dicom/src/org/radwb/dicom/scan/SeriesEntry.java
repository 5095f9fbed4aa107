package org.radwb.dicom.scan;

import java.util.List;

import org.radwb.dicom.rt.StructureSet;

/**
 * A series found by a scan. For RTSTRUCT series {@code structureSets} holds the parsed structure sets (their ROI
 * names and numbers); it is empty otherwise.
 */
public record SeriesEntry(String seriesInstanceUid, String modality, String description, int number,
        String frameOfReferenceUid, int rows, int columns, List<Instance> instances, List<StructureSet> structureSets) {

    /** Number of files in the series. */
    public int size() {
        return instances.size();
    }
}
