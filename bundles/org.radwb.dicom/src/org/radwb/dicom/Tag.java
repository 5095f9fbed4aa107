package org.radwb.dicom;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The DICOM attribute tags this bundle reads or writes, as {@code (group << 16) | element}, and the small data
 * dictionary needed to give implicit-VR elements their VR.
 */
public final class Tag {
    private Tag() {
    }

    // File meta information
    public static final int FileMetaInformationGroupLength = 0x00020000;
    public static final int FileMetaInformationVersion = 0x00020001;
    public static final int MediaStorageSOPClassUID = 0x00020002;
    public static final int MediaStorageSOPInstanceUID = 0x00020003;
    public static final int TransferSyntaxUID = 0x00020010;
    public static final int ImplementationClassUID = 0x00020012;
    public static final int ImplementationVersionName = 0x00020013;
    public static final int SourceApplicationEntityTitle = 0x00020016;
    // DICOMDIR
    public static final int DirectoryRecordSequence = 0x00041220;
    public static final int DirectoryRecordType = 0x00041430;
    public static final int ReferencedFileID = 0x00041500;
    public static final int ReferencedSOPInstanceUIDInFile = 0x00041511;
    // General
    public static final int SpecificCharacterSet = 0x00080005;
    public static final int ImageType = 0x00080008;
    public static final int InstanceCreationDate = 0x00080012;
    public static final int InstanceCreationTime = 0x00080013;
    public static final int InstanceCreatorUID = 0x00080014;
    public static final int SOPClassUID = 0x00080016;
    public static final int SOPInstanceUID = 0x00080018;
    public static final int StudyDate = 0x00080020;
    public static final int SeriesDate = 0x00080021;
    public static final int AcquisitionDate = 0x00080022;
    public static final int ContentDate = 0x00080023;
    public static final int AcquisitionDateTime = 0x0008002A;
    public static final int StudyTime = 0x00080030;
    public static final int SeriesTime = 0x00080031;
    public static final int AcquisitionTime = 0x00080032;
    public static final int ContentTime = 0x00080033;
    public static final int AccessionNumber = 0x00080050;
    public static final int Modality = 0x00080060;
    public static final int Manufacturer = 0x00080070;
    public static final int InstitutionName = 0x00080080;
    public static final int InstitutionAddress = 0x00080081;
    public static final int ReferringPhysicianName = 0x00080090;
    public static final int ReferringPhysicianAddress = 0x00080092;
    public static final int ReferringPhysicianTelephoneNumbers = 0x00080094;
    public static final int StationName = 0x00081010;
    public static final int StudyDescription = 0x00081030;
    public static final int SeriesDescription = 0x0008103E;
    public static final int InstitutionalDepartmentName = 0x00081040;
    public static final int PhysiciansOfRecord = 0x00081048;
    public static final int PerformingPhysicianName = 0x00081050;
    public static final int NameOfPhysiciansReadingStudy = 0x00081060;
    public static final int OperatorsName = 0x00081070;
    public static final int AdmittingDiagnosesDescription = 0x00081080;
    public static final int ReferencedSeriesSequence = 0x00081115;
    public static final int ReferencedSOPClassUID = 0x00081150;
    public static final int ReferencedSOPInstanceUID = 0x00081155;
    public static final int ReferencedFrameNumber = 0x00081160;
    public static final int SourceImageSequence = 0x00082112;
    public static final int DerivationDescription = 0x00082111;
    public static final int DerivationImageSequence = 0x00089124;
    // Patient
    public static final int PatientName = 0x00100010;
    public static final int PatientID = 0x00100020;
    public static final int IssuerOfPatientID = 0x00100021;
    public static final int PatientBirthDate = 0x00100030;
    public static final int PatientBirthTime = 0x00100032;
    public static final int PatientSex = 0x00100040;
    public static final int OtherPatientIDs = 0x00101000;
    public static final int OtherPatientNames = 0x00101001;
    public static final int OtherPatientIDsSequence = 0x00101002;
    public static final int PatientBirthName = 0x00101005;
    public static final int PatientAge = 0x00101010;
    public static final int PatientSize = 0x00101020;
    public static final int PatientWeight = 0x00101030;
    public static final int PatientAddress = 0x00101040;
    public static final int PatientMotherBirthName = 0x00101060;
    public static final int MedicalRecordLocator = 0x00101090;
    public static final int PatientTelephoneNumbers = 0x00102154;
    public static final int EthnicGroup = 0x00102160;
    public static final int Occupation = 0x00102180;
    public static final int AdditionalPatientHistory = 0x001021B0;
    public static final int PatientComments = 0x00104000;
    public static final int ImageComments = 0x00204000;
    public static final int PatientIdentityRemoved = 0x00120062;
    public static final int DeidentificationMethod = 0x00120063;
    public static final int LongitudinalTemporalInformationModified = 0x00280303;
    // Acquisition
    public static final int SliceThickness = 0x00180050;
    public static final int SpacingBetweenSlices = 0x00180088;
    public static final int DeviceSerialNumber = 0x00181000;
    public static final int ProtocolName = 0x00181030;
    public static final int GantryDetectorTilt = 0x00181120;
    // Relationship
    public static final int StudyInstanceUID = 0x0020000D;
    public static final int SeriesInstanceUID = 0x0020000E;
    public static final int StudyID = 0x00200010;
    public static final int SeriesNumber = 0x00200011;
    public static final int InstanceNumber = 0x00200013;
    public static final int ImagePositionPatient = 0x00200032;
    public static final int ImageOrientationPatient = 0x00200037;
    public static final int FrameOfReferenceUID = 0x00200052;
    public static final int SynchronizationFrameOfReferenceUID = 0x00200200;
    public static final int PlanePositionSequence = 0x00209113;
    public static final int PlaneOrientationSequence = 0x00209116;
    public static final int DimensionOrganizationUID = 0x00209164;
    // Image pixel
    public static final int SamplesPerPixel = 0x00280002;
    public static final int PhotometricInterpretation = 0x00280004;
    public static final int PlanarConfiguration = 0x00280006;
    public static final int NumberOfFrames = 0x00280008;
    public static final int FrameIncrementPointer = 0x00280009;
    public static final int Rows = 0x00280010;
    public static final int Columns = 0x00280011;
    public static final int PixelSpacing = 0x00280030;
    public static final int BitsAllocated = 0x00280100;
    public static final int BitsStored = 0x00280101;
    public static final int HighBit = 0x00280102;
    public static final int PixelRepresentation = 0x00280103;
    public static final int RescaleIntercept = 0x00281052;
    public static final int RescaleSlope = 0x00281053;
    public static final int PixelMeasuresSequence = 0x00289110;
    public static final int PixelValueTransformationSequence = 0x00289145;
    // Study / request
    public static final int RequestingPhysician = 0x00321032;
    public static final int RequestAttributesSequence = 0x00400275;
    public static final int PerformedProcedureStepID = 0x00400253;
    public static final int PerformedProcedureStepStartDate = 0x00400244;
    public static final int ContentCreatorName = 0x00700084;
    // Segmentation
    public static final int SegmentationType = 0x00620001;
    public static final int SegmentSequence = 0x00620002;
    public static final int SegmentNumber = 0x00620004;
    public static final int SegmentLabel = 0x00620005;
    public static final int SegmentAlgorithmType = 0x00620008;
    public static final int SegmentIdentificationSequence = 0x0062000A;
    public static final int ReferencedSegmentNumber = 0x0062000B;
    public static final int MaximumFractionalValue = 0x0062000E;
    public static final int SegmentationFractionalType = 0x00620010;
    public static final int SharedFunctionalGroupsSequence = 0x52009229;
    public static final int PerFrameFunctionalGroupsSequence = 0x52009230;
    // RT
    public static final int DoseUnits = 0x30040002;
    public static final int DoseType = 0x30040004;
    public static final int DoseSummationType = 0x3004000A;
    public static final int GridFrameOffsetVector = 0x3004000C;
    public static final int DoseGridScaling = 0x3004000E;
    public static final int StructureSetLabel = 0x30060002;
    public static final int StructureSetName = 0x30060004;
    public static final int StructureSetDate = 0x30060008;
    public static final int StructureSetTime = 0x30060009;
    public static final int ReferencedFrameOfReferenceSequence = 0x30060010;
    public static final int RTReferencedStudySequence = 0x30060012;
    public static final int RTReferencedSeriesSequence = 0x30060014;
    public static final int ContourImageSequence = 0x30060016;
    public static final int StructureSetROISequence = 0x30060020;
    public static final int ROINumber = 0x30060022;
    public static final int ReferencedFrameOfReferenceUID = 0x30060024;
    public static final int ROIName = 0x30060026;
    public static final int ROIGenerationAlgorithm = 0x30060036;
    public static final int ROIDisplayColor = 0x3006002A;
    public static final int ROIContourSequence = 0x30060039;
    public static final int ContourSequence = 0x30060040;
    public static final int ContourGeometricType = 0x30060042;
    public static final int NumberOfContourPoints = 0x30060046;
    public static final int ContourNumber = 0x30060048;
    public static final int ContourData = 0x30060050;
    public static final int RTROIObservationsSequence = 0x30060080;
    public static final int ObservationNumber = 0x30060082;
    public static final int ReferencedROINumber = 0x30060084;
    public static final int RTROIInterpretedType = 0x300600A4;
    public static final int ReferencedRTPlanSequence = 0x300C0002;
    public static final int ReferencedStructureSetSequence = 0x300C0060;
    public static final int PrescriptionDescription = 0x300A000E;
    public static final int DoseReferenceSequence = 0x300A0010;
    public static final int TargetPrescriptionDose = 0x300A0026;
    // Pixel data and delimiters
    public static final int PixelData = 0x7FE00010;
    public static final int FloatPixelData = 0x7FE00008;
    public static final int DoubleFloatPixelData = 0x7FE00009;
    public static final int Item = 0xFFFEE000;
    public static final int ItemDelimitationItem = 0xFFFEE00D;
    public static final int SequenceDelimitationItem = 0xFFFEE0DD;

    private static final Map<Integer, VR> DICTIONARY = new HashMap<>();

    static {
        for (int t : new int[] { MediaStorageSOPClassUID, MediaStorageSOPInstanceUID, TransferSyntaxUID,
                ImplementationClassUID, SOPClassUID, SOPInstanceUID, StudyInstanceUID, SeriesInstanceUID,
                FrameOfReferenceUID, ReferencedSOPClassUID, ReferencedSOPInstanceUID, ReferencedFrameOfReferenceUID,
                ReferencedSOPInstanceUIDInFile, InstanceCreatorUID, SynchronizationFrameOfReferenceUID,
                DimensionOrganizationUID }) {
            DICTIONARY.put(t, VR.UI);
        }
        for (int t : new int[] { SamplesPerPixel, PlanarConfiguration, Rows, Columns, BitsAllocated, BitsStored,
                HighBit, PixelRepresentation, SegmentNumber, ReferencedSegmentNumber, MaximumFractionalValue }) {
            DICTIONARY.put(t, VR.US);
        }
        for (int t : new int[] { DirectoryRecordSequence, ReferencedSeriesSequence, SourceImageSequence,
                DerivationImageSequence, OtherPatientIDsSequence, PlanePositionSequence, PlaneOrientationSequence,
                PixelMeasuresSequence, PixelValueTransformationSequence, RequestAttributesSequence, SegmentSequence,
                SegmentIdentificationSequence, SharedFunctionalGroupsSequence, PerFrameFunctionalGroupsSequence,
                ReferencedFrameOfReferenceSequence, RTReferencedStudySequence, RTReferencedSeriesSequence,
                ContourImageSequence, StructureSetROISequence, ROIContourSequence, ContourSequence,
                RTROIObservationsSequence, ReferencedRTPlanSequence, ReferencedStructureSetSequence,
                DoseReferenceSequence }) {
            DICTIONARY.put(t, VR.SQ);
        }
        for (int t : new int[] { ImagePositionPatient, ImageOrientationPatient, PixelSpacing, RescaleIntercept,
                RescaleSlope, SliceThickness, SpacingBetweenSlices, GantryDetectorTilt, GridFrameOffsetVector,
                DoseGridScaling, ContourData, PatientSize, PatientWeight, TargetPrescriptionDose }) {
            DICTIONARY.put(t, VR.DS);
        }
        for (int t : new int[] { NumberOfFrames, InstanceNumber, SeriesNumber, ROINumber, ReferencedROINumber,
                NumberOfContourPoints, ContourNumber, ObservationNumber, ROIDisplayColor, ReferencedFrameNumber }) {
            DICTIONARY.put(t, VR.IS);
        }
        for (int t : new int[] { PatientName, ReferringPhysicianName, PerformingPhysicianName, OperatorsName,
                PhysiciansOfRecord, NameOfPhysiciansReadingStudy, OtherPatientNames, PatientBirthName,
                PatientMotherBirthName, RequestingPhysician, ContentCreatorName }) {
            DICTIONARY.put(t, VR.PN);
        }
        for (int t : new int[] { StudyDate, SeriesDate, AcquisitionDate, ContentDate, PatientBirthDate,
                InstanceCreationDate, StructureSetDate, PerformedProcedureStepStartDate }) {
            DICTIONARY.put(t, VR.DA);
        }
        for (int t : new int[] { StudyTime, SeriesTime, AcquisitionTime, ContentTime, PatientBirthTime,
                InstanceCreationTime, StructureSetTime }) {
            DICTIONARY.put(t, VR.TM);
        }
        DICTIONARY.put(AcquisitionDateTime, VR.DT);
        for (int t : new int[] { SpecificCharacterSet, ImageType, Modality, PhotometricInterpretation, PatientSex,
                DirectoryRecordType, ReferencedFileID, SegmentationType, SegmentAlgorithmType,
                SegmentationFractionalType, DoseUnits, DoseType, DoseSummationType, ContourGeometricType,
                RTROIInterpretedType }) {
            DICTIONARY.put(t, VR.CS);
        }
        for (int t : new int[] { PatientID, IssuerOfPatientID, OtherPatientIDs, StudyDescription, SeriesDescription,
                InstitutionName, Manufacturer, ProtocolName, DeviceSerialNumber, StructureSetLabel, ROIName,
                SegmentLabel, InstitutionalDepartmentName, ROIGenerationAlgorithm, MedicalRecordLocator,
                AdmittingDiagnosesDescription, EthnicGroup, Occupation, DerivationDescription, StructureSetName,
                PrescriptionDescription, PerformedProcedureStepID }) {
            DICTIONARY.put(t, VR.LO);
        }
        for (int t : new int[] { AccessionNumber, StudyID, StationName, PatientTelephoneNumbers,
                ReferringPhysicianTelephoneNumbers, ImplementationVersionName }) {
            DICTIONARY.put(t, VR.SH);
        }
        for (int t : new int[] { InstitutionAddress, ReferringPhysicianAddress, PatientAddress }) {
            DICTIONARY.put(t, VR.ST);
        }
        DICTIONARY.put(AdditionalPatientHistory, VR.LT);
        DICTIONARY.put(ImageComments, VR.LT);
        DICTIONARY.put(PatientIdentityRemoved, VR.CS);
        DICTIONARY.put(LongitudinalTemporalInformationModified, VR.CS);
        DICTIONARY.put(DeidentificationMethod, VR.LO);
        DICTIONARY.put(PatientComments, VR.LT);
        DICTIONARY.put(PatientAge, VR.AS);
        DICTIONARY.put(FileMetaInformationGroupLength, VR.UL);
        DICTIONARY.put(FileMetaInformationVersion, VR.OB);
        DICTIONARY.put(SourceApplicationEntityTitle, VR.AE);
        DICTIONARY.put(FrameIncrementPointer, VR.AT);
        DICTIONARY.put(PixelData, VR.OW);
        DICTIONARY.put(FloatPixelData, VR.OF);
        DICTIONARY.put(DoubleFloatPixelData, VR.OD);
    }

    /** The VR this bundle's dictionary gives a tag (used for implicit-VR data), or UN if unknown. */
    public static VR vrOf(int tag) {
        VR vr = DICTIONARY.get(tag);
        if (vr != null) {
            return vr;
        }
        if ((tag & 0xFFFF) == 0) {
            return VR.UL; // group length
        }
        return VR.UN;
    }

    /** "(gggg,eeee)" for messages. */
    public static String toString(int tag) {
        return String.format(Locale.ROOT, "(%04X,%04X)", tag >>> 16, tag & 0xFFFF);
    }
}
