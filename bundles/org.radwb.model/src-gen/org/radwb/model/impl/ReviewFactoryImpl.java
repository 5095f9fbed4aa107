/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.radwb.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ReviewFactoryImpl extends EFactoryImpl implements ReviewFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ReviewFactory init() {
		try {
			ReviewFactory theReviewFactory = (ReviewFactory)EPackage.Registry.INSTANCE.getEFactory(ReviewPackage.eNS_URI);
			if (theReviewFactory != null) {
				return theReviewFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ReviewFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReviewFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ReviewPackage.REVIEW: return createReview();
			case ReviewPackage.DATABASE_SEARCH: return createDatabaseSearch();
			case ReviewPackage.PRISMA_FLOW: return createPrismaFlow();
			case ReviewPackage.EXCLUSION: return createExclusion();
			case ReviewPackage.REVIEWER: return createReviewer();
			case ReviewPackage.STUDY: return createStudy();
			case ReviewPackage.REPORTED_METRIC: return createReportedMetric();
			case ReviewPackage.PATIENT: return createPatient();
			case ReviewPackage.LESION: return createLesion();
			case ReviewPackage.IMAGE_SERIES: return createImageSeries();
			case ReviewPackage.SEGMENTATION: return createSegmentation();
			case ReviewPackage.FEATURE_SET: return createFeatureSet();
			case ReviewPackage.FEATURE_VALUE: return createFeatureValue();
			case ReviewPackage.ASSESSMENT: return createAssessment();
			case ReviewPackage.ANSWER: return createAnswer();
			case ReviewPackage.MODEL_RUN: return createModelRun();
			case ReviewPackage.METRIC: return createMetric();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ReviewPackage.STUDY_DESIGN:
				return createStudyDesignFromString(eDataType, initialValue);
			case ReviewPackage.TREATMENT_MODALITY:
				return createTreatmentModalityFromString(eDataType, initialValue);
			case ReviewPackage.ALGORITHM_TYPE:
				return createAlgorithmTypeFromString(eDataType, initialValue);
			case ReviewPackage.ENDPOINT:
				return createEndpointFromString(eDataType, initialValue);
			case ReviewPackage.SEX:
				return createSexFromString(eDataType, initialValue);
			case ReviewPackage.SEGMENTATION_METHOD:
				return createSegmentationMethodFromString(eDataType, initialValue);
			case ReviewPackage.METRIC_KIND:
				return createMetricKindFromString(eDataType, initialValue);
			case ReviewPackage.SCREENING_STAGE:
				return createScreeningStageFromString(eDataType, initialValue);
			case ReviewPackage.ASSESSMENT_KIND:
				return createAssessmentKindFromString(eDataType, initialValue);
			case ReviewPackage.ASSESSMENT_STATUS:
				return createAssessmentStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ReviewPackage.STUDY_DESIGN:
				return convertStudyDesignToString(eDataType, instanceValue);
			case ReviewPackage.TREATMENT_MODALITY:
				return convertTreatmentModalityToString(eDataType, instanceValue);
			case ReviewPackage.ALGORITHM_TYPE:
				return convertAlgorithmTypeToString(eDataType, instanceValue);
			case ReviewPackage.ENDPOINT:
				return convertEndpointToString(eDataType, instanceValue);
			case ReviewPackage.SEX:
				return convertSexToString(eDataType, instanceValue);
			case ReviewPackage.SEGMENTATION_METHOD:
				return convertSegmentationMethodToString(eDataType, instanceValue);
			case ReviewPackage.METRIC_KIND:
				return convertMetricKindToString(eDataType, instanceValue);
			case ReviewPackage.SCREENING_STAGE:
				return convertScreeningStageToString(eDataType, instanceValue);
			case ReviewPackage.ASSESSMENT_KIND:
				return convertAssessmentKindToString(eDataType, instanceValue);
			case ReviewPackage.ASSESSMENT_STATUS:
				return convertAssessmentStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Review createReview() {
		ReviewImpl review = new ReviewImpl();
		return review;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatabaseSearch createDatabaseSearch() {
		DatabaseSearchImpl databaseSearch = new DatabaseSearchImpl();
		return databaseSearch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrismaFlow createPrismaFlow() {
		PrismaFlowImpl prismaFlow = new PrismaFlowImpl();
		return prismaFlow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Exclusion createExclusion() {
		ExclusionImpl exclusion = new ExclusionImpl();
		return exclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Reviewer createReviewer() {
		ReviewerImpl reviewer = new ReviewerImpl();
		return reviewer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Study createStudy() {
		StudyImpl study = new StudyImpl();
		return study;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportedMetric createReportedMetric() {
		ReportedMetricImpl reportedMetric = new ReportedMetricImpl();
		return reportedMetric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Patient createPatient() {
		PatientImpl patient = new PatientImpl();
		return patient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Lesion createLesion() {
		LesionImpl lesion = new LesionImpl();
		return lesion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageSeries createImageSeries() {
		ImageSeriesImpl imageSeries = new ImageSeriesImpl();
		return imageSeries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segmentation createSegmentation() {
		SegmentationImpl segmentation = new SegmentationImpl();
		return segmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureSet createFeatureSet() {
		FeatureSetImpl featureSet = new FeatureSetImpl();
		return featureSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FeatureValue createFeatureValue() {
		FeatureValueImpl featureValue = new FeatureValueImpl();
		return featureValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelRun createModelRun() {
		ModelRunImpl modelRun = new ModelRunImpl();
		return modelRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Metric createMetric() {
		MetricImpl metric = new MetricImpl();
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyDesign createStudyDesignFromString(EDataType eDataType, String initialValue) {
		StudyDesign result = StudyDesign.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStudyDesignToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TreatmentModality createTreatmentModalityFromString(EDataType eDataType, String initialValue) {
		TreatmentModality result = TreatmentModality.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTreatmentModalityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AlgorithmType createAlgorithmTypeFromString(EDataType eDataType, String initialValue) {
		AlgorithmType result = AlgorithmType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAlgorithmTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Endpoint createEndpointFromString(EDataType eDataType, String initialValue) {
		Endpoint result = Endpoint.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEndpointToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Sex createSexFromString(EDataType eDataType, String initialValue) {
		Sex result = Sex.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSexToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SegmentationMethod createSegmentationMethodFromString(EDataType eDataType, String initialValue) {
		SegmentationMethod result = SegmentationMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSegmentationMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MetricKind createMetricKindFromString(EDataType eDataType, String initialValue) {
		MetricKind result = MetricKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMetricKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScreeningStage createScreeningStageFromString(EDataType eDataType, String initialValue) {
		ScreeningStage result = ScreeningStage.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScreeningStageToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentKind createAssessmentKindFromString(EDataType eDataType, String initialValue) {
		AssessmentKind result = AssessmentKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentStatus createAssessmentStatusFromString(EDataType eDataType, String initialValue) {
		AssessmentStatus result = AssessmentStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewPackage getReviewPackage() {
		return (ReviewPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ReviewPackage getPackage() {
		return ReviewPackage.eINSTANCE;
	}

} //ReviewFactoryImpl
