package org.radwb.dicom.seg;

/** One segment of a DICOM Segmentation: its number, label and algorithm type (MANUAL, AUTOMATIC, SEMIAUTOMATIC). */
public record Segment(int number, String label, String algorithmType) {
}
