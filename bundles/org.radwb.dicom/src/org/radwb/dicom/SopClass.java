package org.radwb.dicom;

/** SOP Class UIDs of the objects this bundle reads. */
public final class SopClass {
    private SopClass() {
    }

    public static final String MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4";
    public static final String ENHANCED_MR_IMAGE = "1.2.840.10008.5.1.4.1.1.4.1";
    public static final String CT_IMAGE = "1.2.840.10008.5.1.4.1.1.2";
    public static final String RT_STRUCTURE_SET = "1.2.840.10008.5.1.4.1.1.481.3";
    public static final String RT_DOSE = "1.2.840.10008.5.1.4.1.1.481.2";
    public static final String RT_PLAN = "1.2.840.10008.5.1.4.1.1.481.5";
    public static final String SEGMENTATION = "1.2.840.10008.5.1.4.1.1.66.4";
    public static final String MEDIA_STORAGE_DIRECTORY = "1.2.840.10008.1.3.10";
}
