/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.radwb.model.AlgorithmType;
import org.radwb.model.Assessment;
import org.radwb.model.Endpoint;
import org.radwb.model.ModelRun;
import org.radwb.model.Patient;
import org.radwb.model.ReportedMetric;
import org.radwb.model.ReviewPackage;
import org.radwb.model.SegmentationMethod;
import org.radwb.model.Study;
import org.radwb.model.StudyDesign;
import org.radwb.model.TreatmentModality;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getJournal <em>Journal</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getCountry <em>Country</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getDesign <em>Design</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getPatientCount <em>Patient Count</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getLesionCount <em>Lesion Count</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getPrimaryCancers <em>Primary Cancers</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getTreatment <em>Treatment</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getTreatmentModel <em>Treatment Model</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getFractionation <em>Fractionation</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getMriVendor <em>Mri Vendor</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getMriModel <em>Mri Model</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getFieldStrengths <em>Field Strengths</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getSequences <em>Sequences</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getSegmentationSoftware <em>Segmentation Software</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getSegmentationMethod <em>Segmentation Method</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getRadiomicsSoftware <em>Radiomics Software</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getFeaturesExtracted <em>Features Extracted</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getFeaturesSelected <em>Features Selected</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getFeatureSelectionMethods <em>Feature Selection Methods</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getTrainPercent <em>Train Percent</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getValidationPercent <em>Validation Percent</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getTestPercent <em>Test Percent</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getSplitDescription <em>Split Description</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getClinicalFeatures <em>Clinical Features</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getAlgorithmType <em>Algorithm Type</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getAlgorithms <em>Algorithms</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getAlgorithmSoftware <em>Algorithm Software</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getEndpointDescription <em>Endpoint Description</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getResults <em>Results</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getPatients <em>Patients</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.radwb.model.impl.StudyImpl#getModelRuns <em>Model Runs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudyImpl extends MinimalEObjectImpl.Container implements Study {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthors() <em>Authors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHORS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected String authors = AUTHORS_EDEFAULT;

	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final int YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected int year = YEAR_EDEFAULT;

	/**
	 * This is true if the Year attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean yearESet;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getJournal() <em>Journal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJournal()
	 * @generated
	 * @ordered
	 */
	protected static final String JOURNAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJournal() <em>Journal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJournal()
	 * @generated
	 * @ordered
	 */
	protected String journal = JOURNAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected static final String DOI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoi() <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoi()
	 * @generated
	 * @ordered
	 */
	protected String doi = DOI_EDEFAULT;

	/**
	 * The default value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected static final String COUNTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCountry() <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCountry()
	 * @generated
	 * @ordered
	 */
	protected String country = COUNTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected static final StudyDesign DESIGN_EDEFAULT = StudyDesign.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getDesign() <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDesign()
	 * @generated
	 * @ordered
	 */
	protected StudyDesign design = DESIGN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPatientCount() <em>Patient Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PATIENT_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPatientCount() <em>Patient Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatientCount()
	 * @generated
	 * @ordered
	 */
	protected int patientCount = PATIENT_COUNT_EDEFAULT;

	/**
	 * This is true if the Patient Count attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean patientCountESet;

	/**
	 * The default value of the '{@link #getLesionCount() <em>Lesion Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLesionCount()
	 * @generated
	 * @ordered
	 */
	protected static final int LESION_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLesionCount() <em>Lesion Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLesionCount()
	 * @generated
	 * @ordered
	 */
	protected int lesionCount = LESION_COUNT_EDEFAULT;

	/**
	 * This is true if the Lesion Count attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean lesionCountESet;

	/**
	 * The default value of the '{@link #getPrimaryCancers() <em>Primary Cancers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryCancers()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_CANCERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimaryCancers() <em>Primary Cancers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryCancers()
	 * @generated
	 * @ordered
	 */
	protected String primaryCancers = PRIMARY_CANCERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTreatment() <em>Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreatment()
	 * @generated
	 * @ordered
	 */
	protected static final TreatmentModality TREATMENT_EDEFAULT = TreatmentModality.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getTreatment() <em>Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreatment()
	 * @generated
	 * @ordered
	 */
	protected TreatmentModality treatment = TREATMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTreatmentModel() <em>Treatment Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreatmentModel()
	 * @generated
	 * @ordered
	 */
	protected static final String TREATMENT_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTreatmentModel() <em>Treatment Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTreatmentModel()
	 * @generated
	 * @ordered
	 */
	protected String treatmentModel = TREATMENT_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getFractionation() <em>Fractionation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFractionation()
	 * @generated
	 * @ordered
	 */
	protected static final String FRACTIONATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFractionation() <em>Fractionation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFractionation()
	 * @generated
	 * @ordered
	 */
	protected String fractionation = FRACTIONATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMriVendor() <em>Mri Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMriVendor()
	 * @generated
	 * @ordered
	 */
	protected static final String MRI_VENDOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMriVendor() <em>Mri Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMriVendor()
	 * @generated
	 * @ordered
	 */
	protected String mriVendor = MRI_VENDOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMriModel() <em>Mri Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMriModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MRI_MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMriModel() <em>Mri Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMriModel()
	 * @generated
	 * @ordered
	 */
	protected String mriModel = MRI_MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFieldStrengths() <em>Field Strengths</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldStrengths()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> fieldStrengths;

	/**
	 * The cached value of the '{@link #getSequences() <em>Sequences</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequences()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sequences;

	/**
	 * The default value of the '{@link #getSegmentationSoftware() <em>Segmentation Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentationSoftware()
	 * @generated
	 * @ordered
	 */
	protected static final String SEGMENTATION_SOFTWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSegmentationSoftware() <em>Segmentation Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentationSoftware()
	 * @generated
	 * @ordered
	 */
	protected String segmentationSoftware = SEGMENTATION_SOFTWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSegmentationMethod() <em>Segmentation Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentationMethod()
	 * @generated
	 * @ordered
	 */
	protected static final SegmentationMethod SEGMENTATION_METHOD_EDEFAULT = SegmentationMethod.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getSegmentationMethod() <em>Segmentation Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentationMethod()
	 * @generated
	 * @ordered
	 */
	protected SegmentationMethod segmentationMethod = SEGMENTATION_METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRadiomicsSoftware() <em>Radiomics Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadiomicsSoftware()
	 * @generated
	 * @ordered
	 */
	protected static final String RADIOMICS_SOFTWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRadiomicsSoftware() <em>Radiomics Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRadiomicsSoftware()
	 * @generated
	 * @ordered
	 */
	protected String radiomicsSoftware = RADIOMICS_SOFTWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeaturesExtracted() <em>Features Extracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeaturesExtracted()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURES_EXTRACTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeaturesExtracted() <em>Features Extracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeaturesExtracted()
	 * @generated
	 * @ordered
	 */
	protected int featuresExtracted = FEATURES_EXTRACTED_EDEFAULT;

	/**
	 * This is true if the Features Extracted attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean featuresExtractedESet;

	/**
	 * The default value of the '{@link #getFeaturesSelected() <em>Features Selected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeaturesSelected()
	 * @generated
	 * @ordered
	 */
	protected static final int FEATURES_SELECTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFeaturesSelected() <em>Features Selected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeaturesSelected()
	 * @generated
	 * @ordered
	 */
	protected int featuresSelected = FEATURES_SELECTED_EDEFAULT;

	/**
	 * This is true if the Features Selected attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean featuresSelectedESet;

	/**
	 * The cached value of the '{@link #getFeatureSelectionMethods() <em>Feature Selection Methods</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureSelectionMethods()
	 * @generated
	 * @ordered
	 */
	protected EList<String> featureSelectionMethods;

	/**
	 * The default value of the '{@link #getTrainPercent() <em>Train Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double TRAIN_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrainPercent() <em>Train Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainPercent()
	 * @generated
	 * @ordered
	 */
	protected double trainPercent = TRAIN_PERCENT_EDEFAULT;

	/**
	 * This is true if the Train Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean trainPercentESet;

	/**
	 * The default value of the '{@link #getValidationPercent() <em>Validation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double VALIDATION_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getValidationPercent() <em>Validation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidationPercent()
	 * @generated
	 * @ordered
	 */
	protected double validationPercent = VALIDATION_PERCENT_EDEFAULT;

	/**
	 * This is true if the Validation Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean validationPercentESet;

	/**
	 * The default value of the '{@link #getTestPercent() <em>Test Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestPercent()
	 * @generated
	 * @ordered
	 */
	protected static final double TEST_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTestPercent() <em>Test Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTestPercent()
	 * @generated
	 * @ordered
	 */
	protected double testPercent = TEST_PERCENT_EDEFAULT;

	/**
	 * This is true if the Test Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean testPercentESet;

	/**
	 * The default value of the '{@link #getSplitDescription() <em>Split Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSplitDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String SPLIT_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSplitDescription() <em>Split Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSplitDescription()
	 * @generated
	 * @ordered
	 */
	protected String splitDescription = SPLIT_DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClinicalFeatures() <em>Clinical Features</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClinicalFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<String> clinicalFeatures;

	/**
	 * The default value of the '{@link #getAlgorithmType() <em>Algorithm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithmType()
	 * @generated
	 * @ordered
	 */
	protected static final AlgorithmType ALGORITHM_TYPE_EDEFAULT = AlgorithmType.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getAlgorithmType() <em>Algorithm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithmType()
	 * @generated
	 * @ordered
	 */
	protected AlgorithmType algorithmType = ALGORITHM_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlgorithms() <em>Algorithms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithms()
	 * @generated
	 * @ordered
	 */
	protected static final String ALGORITHMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlgorithms() <em>Algorithms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithms()
	 * @generated
	 * @ordered
	 */
	protected String algorithms = ALGORITHMS_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlgorithmSoftware() <em>Algorithm Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithmSoftware()
	 * @generated
	 * @ordered
	 */
	protected static final String ALGORITHM_SOFTWARE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlgorithmSoftware() <em>Algorithm Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithmSoftware()
	 * @generated
	 * @ordered
	 */
	protected String algorithmSoftware = ALGORITHM_SOFTWARE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpoint() <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoint()
	 * @generated
	 * @ordered
	 */
	protected static final Endpoint ENDPOINT_EDEFAULT = Endpoint.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getEndpoint() <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpoint()
	 * @generated
	 * @ordered
	 */
	protected Endpoint endpoint = ENDPOINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndpointDescription() <em>Endpoint Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String ENDPOINT_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEndpointDescription() <em>Endpoint Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndpointDescription()
	 * @generated
	 * @ordered
	 */
	protected String endpointDescription = ENDPOINT_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResults() <em>Results</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResults()
	 * @generated
	 * @ordered
	 */
	protected EList<ReportedMetric> results;

	/**
	 * The cached value of the '{@link #getPatients() <em>Patients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatients()
	 * @generated
	 * @ordered
	 */
	protected EList<Patient> patients;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The cached value of the '{@link #getModelRuns() <em>Model Runs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelRuns()
	 * @generated
	 * @ordered
	 */
	protected EList<ModelRun> modelRuns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.STUDY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthors() {
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthors(String newAuthors) {
		String oldAuthors = authors;
		authors = newAuthors;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__AUTHORS, oldAuthors, authors));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(int newYear) {
		int oldYear = year;
		year = newYear;
		boolean oldYearESet = yearESet;
		yearESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__YEAR, oldYear, year, !oldYearESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetYear() {
		int oldYear = year;
		boolean oldYearESet = yearESet;
		year = YEAR_EDEFAULT;
		yearESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__YEAR, oldYear, YEAR_EDEFAULT, oldYearESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetYear() {
		return yearESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJournal() {
		return journal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJournal(String newJournal) {
		String oldJournal = journal;
		journal = newJournal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__JOURNAL, oldJournal, journal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoi() {
		return doi;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoi(String newDoi) {
		String oldDoi = doi;
		doi = newDoi;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__DOI, oldDoi, doi));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCountry() {
		return country;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCountry(String newCountry) {
		String oldCountry = country;
		country = newCountry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__COUNTRY, oldCountry, country));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StudyDesign getDesign() {
		return design;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDesign(StudyDesign newDesign) {
		StudyDesign oldDesign = design;
		design = newDesign == null ? DESIGN_EDEFAULT : newDesign;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__DESIGN, oldDesign, design));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPatientCount() {
		return patientCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPatientCount(int newPatientCount) {
		int oldPatientCount = patientCount;
		patientCount = newPatientCount;
		boolean oldPatientCountESet = patientCountESet;
		patientCountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__PATIENT_COUNT, oldPatientCount, patientCount, !oldPatientCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPatientCount() {
		int oldPatientCount = patientCount;
		boolean oldPatientCountESet = patientCountESet;
		patientCount = PATIENT_COUNT_EDEFAULT;
		patientCountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__PATIENT_COUNT, oldPatientCount, PATIENT_COUNT_EDEFAULT, oldPatientCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPatientCount() {
		return patientCountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLesionCount() {
		return lesionCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLesionCount(int newLesionCount) {
		int oldLesionCount = lesionCount;
		lesionCount = newLesionCount;
		boolean oldLesionCountESet = lesionCountESet;
		lesionCountESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__LESION_COUNT, oldLesionCount, lesionCount, !oldLesionCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLesionCount() {
		int oldLesionCount = lesionCount;
		boolean oldLesionCountESet = lesionCountESet;
		lesionCount = LESION_COUNT_EDEFAULT;
		lesionCountESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__LESION_COUNT, oldLesionCount, LESION_COUNT_EDEFAULT, oldLesionCountESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLesionCount() {
		return lesionCountESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryCancers() {
		return primaryCancers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryCancers(String newPrimaryCancers) {
		String oldPrimaryCancers = primaryCancers;
		primaryCancers = newPrimaryCancers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__PRIMARY_CANCERS, oldPrimaryCancers, primaryCancers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TreatmentModality getTreatment() {
		return treatment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTreatment(TreatmentModality newTreatment) {
		TreatmentModality oldTreatment = treatment;
		treatment = newTreatment == null ? TREATMENT_EDEFAULT : newTreatment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__TREATMENT, oldTreatment, treatment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTreatmentModel() {
		return treatmentModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTreatmentModel(String newTreatmentModel) {
		String oldTreatmentModel = treatmentModel;
		treatmentModel = newTreatmentModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__TREATMENT_MODEL, oldTreatmentModel, treatmentModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFractionation() {
		return fractionation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFractionation(String newFractionation) {
		String oldFractionation = fractionation;
		fractionation = newFractionation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__FRACTIONATION, oldFractionation, fractionation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMriVendor() {
		return mriVendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMriVendor(String newMriVendor) {
		String oldMriVendor = mriVendor;
		mriVendor = newMriVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__MRI_VENDOR, oldMriVendor, mriVendor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMriModel() {
		return mriModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMriModel(String newMriModel) {
		String oldMriModel = mriModel;
		mriModel = newMriModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__MRI_MODEL, oldMriModel, mriModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getFieldStrengths() {
		if (fieldStrengths == null) {
			fieldStrengths = new EDataTypeUniqueEList<Double>(Double.class, this, ReviewPackage.STUDY__FIELD_STRENGTHS);
		}
		return fieldStrengths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSequences() {
		if (sequences == null) {
			sequences = new EDataTypeUniqueEList<String>(String.class, this, ReviewPackage.STUDY__SEQUENCES);
		}
		return sequences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSegmentationSoftware() {
		return segmentationSoftware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentationSoftware(String newSegmentationSoftware) {
		String oldSegmentationSoftware = segmentationSoftware;
		segmentationSoftware = newSegmentationSoftware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__SEGMENTATION_SOFTWARE, oldSegmentationSoftware, segmentationSoftware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentationMethod getSegmentationMethod() {
		return segmentationMethod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentationMethod(SegmentationMethod newSegmentationMethod) {
		SegmentationMethod oldSegmentationMethod = segmentationMethod;
		segmentationMethod = newSegmentationMethod == null ? SEGMENTATION_METHOD_EDEFAULT : newSegmentationMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__SEGMENTATION_METHOD, oldSegmentationMethod, segmentationMethod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRadiomicsSoftware() {
		return radiomicsSoftware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRadiomicsSoftware(String newRadiomicsSoftware) {
		String oldRadiomicsSoftware = radiomicsSoftware;
		radiomicsSoftware = newRadiomicsSoftware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__RADIOMICS_SOFTWARE, oldRadiomicsSoftware, radiomicsSoftware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeaturesExtracted() {
		return featuresExtracted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeaturesExtracted(int newFeaturesExtracted) {
		int oldFeaturesExtracted = featuresExtracted;
		featuresExtracted = newFeaturesExtracted;
		boolean oldFeaturesExtractedESet = featuresExtractedESet;
		featuresExtractedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__FEATURES_EXTRACTED, oldFeaturesExtracted, featuresExtracted, !oldFeaturesExtractedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFeaturesExtracted() {
		int oldFeaturesExtracted = featuresExtracted;
		boolean oldFeaturesExtractedESet = featuresExtractedESet;
		featuresExtracted = FEATURES_EXTRACTED_EDEFAULT;
		featuresExtractedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__FEATURES_EXTRACTED, oldFeaturesExtracted, FEATURES_EXTRACTED_EDEFAULT, oldFeaturesExtractedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFeaturesExtracted() {
		return featuresExtractedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFeaturesSelected() {
		return featuresSelected;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeaturesSelected(int newFeaturesSelected) {
		int oldFeaturesSelected = featuresSelected;
		featuresSelected = newFeaturesSelected;
		boolean oldFeaturesSelectedESet = featuresSelectedESet;
		featuresSelectedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__FEATURES_SELECTED, oldFeaturesSelected, featuresSelected, !oldFeaturesSelectedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFeaturesSelected() {
		int oldFeaturesSelected = featuresSelected;
		boolean oldFeaturesSelectedESet = featuresSelectedESet;
		featuresSelected = FEATURES_SELECTED_EDEFAULT;
		featuresSelectedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__FEATURES_SELECTED, oldFeaturesSelected, FEATURES_SELECTED_EDEFAULT, oldFeaturesSelectedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFeaturesSelected() {
		return featuresSelectedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFeatureSelectionMethods() {
		if (featureSelectionMethods == null) {
			featureSelectionMethods = new EDataTypeUniqueEList<String>(String.class, this, ReviewPackage.STUDY__FEATURE_SELECTION_METHODS);
		}
		return featureSelectionMethods;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrainPercent() {
		return trainPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainPercent(double newTrainPercent) {
		double oldTrainPercent = trainPercent;
		trainPercent = newTrainPercent;
		boolean oldTrainPercentESet = trainPercentESet;
		trainPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__TRAIN_PERCENT, oldTrainPercent, trainPercent, !oldTrainPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTrainPercent() {
		double oldTrainPercent = trainPercent;
		boolean oldTrainPercentESet = trainPercentESet;
		trainPercent = TRAIN_PERCENT_EDEFAULT;
		trainPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__TRAIN_PERCENT, oldTrainPercent, TRAIN_PERCENT_EDEFAULT, oldTrainPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTrainPercent() {
		return trainPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getValidationPercent() {
		return validationPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidationPercent(double newValidationPercent) {
		double oldValidationPercent = validationPercent;
		validationPercent = newValidationPercent;
		boolean oldValidationPercentESet = validationPercentESet;
		validationPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__VALIDATION_PERCENT, oldValidationPercent, validationPercent, !oldValidationPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetValidationPercent() {
		double oldValidationPercent = validationPercent;
		boolean oldValidationPercentESet = validationPercentESet;
		validationPercent = VALIDATION_PERCENT_EDEFAULT;
		validationPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__VALIDATION_PERCENT, oldValidationPercent, VALIDATION_PERCENT_EDEFAULT, oldValidationPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetValidationPercent() {
		return validationPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTestPercent() {
		return testPercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTestPercent(double newTestPercent) {
		double oldTestPercent = testPercent;
		testPercent = newTestPercent;
		boolean oldTestPercentESet = testPercentESet;
		testPercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__TEST_PERCENT, oldTestPercent, testPercent, !oldTestPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTestPercent() {
		double oldTestPercent = testPercent;
		boolean oldTestPercentESet = testPercentESet;
		testPercent = TEST_PERCENT_EDEFAULT;
		testPercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.STUDY__TEST_PERCENT, oldTestPercent, TEST_PERCENT_EDEFAULT, oldTestPercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTestPercent() {
		return testPercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSplitDescription() {
		return splitDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSplitDescription(String newSplitDescription) {
		String oldSplitDescription = splitDescription;
		splitDescription = newSplitDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__SPLIT_DESCRIPTION, oldSplitDescription, splitDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getClinicalFeatures() {
		if (clinicalFeatures == null) {
			clinicalFeatures = new EDataTypeUniqueEList<String>(String.class, this, ReviewPackage.STUDY__CLINICAL_FEATURES);
		}
		return clinicalFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AlgorithmType getAlgorithmType() {
		return algorithmType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithmType(AlgorithmType newAlgorithmType) {
		AlgorithmType oldAlgorithmType = algorithmType;
		algorithmType = newAlgorithmType == null ? ALGORITHM_TYPE_EDEFAULT : newAlgorithmType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__ALGORITHM_TYPE, oldAlgorithmType, algorithmType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlgorithms() {
		return algorithms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithms(String newAlgorithms) {
		String oldAlgorithms = algorithms;
		algorithms = newAlgorithms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__ALGORITHMS, oldAlgorithms, algorithms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlgorithmSoftware() {
		return algorithmSoftware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithmSoftware(String newAlgorithmSoftware) {
		String oldAlgorithmSoftware = algorithmSoftware;
		algorithmSoftware = newAlgorithmSoftware;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__ALGORITHM_SOFTWARE, oldAlgorithmSoftware, algorithmSoftware));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getEndpoint() {
		return endpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpoint(Endpoint newEndpoint) {
		Endpoint oldEndpoint = endpoint;
		endpoint = newEndpoint == null ? ENDPOINT_EDEFAULT : newEndpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__ENDPOINT, oldEndpoint, endpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEndpointDescription() {
		return endpointDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndpointDescription(String newEndpointDescription) {
		String oldEndpointDescription = endpointDescription;
		endpointDescription = newEndpointDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__ENDPOINT_DESCRIPTION, oldEndpointDescription, endpointDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.STUDY__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReportedMetric> getResults() {
		if (results == null) {
			results = new EObjectContainmentEList<ReportedMetric>(ReportedMetric.class, this, ReviewPackage.STUDY__RESULTS);
		}
		return results;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Patient> getPatients() {
		if (patients == null) {
			patients = new EObjectContainmentEList<Patient>(Patient.class, this, ReviewPackage.STUDY__PATIENTS);
		}
		return patients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, ReviewPackage.STUDY__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModelRun> getModelRuns() {
		if (modelRuns == null) {
			modelRuns = new EObjectContainmentEList<ModelRun>(ModelRun.class, this, ReviewPackage.STUDY__MODEL_RUNS);
		}
		return modelRuns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.STUDY__RESULTS:
				return ((InternalEList<?>)getResults()).basicRemove(otherEnd, msgs);
			case ReviewPackage.STUDY__PATIENTS:
				return ((InternalEList<?>)getPatients()).basicRemove(otherEnd, msgs);
			case ReviewPackage.STUDY__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case ReviewPackage.STUDY__MODEL_RUNS:
				return ((InternalEList<?>)getModelRuns()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReviewPackage.STUDY__ID:
				return getId();
			case ReviewPackage.STUDY__AUTHORS:
				return getAuthors();
			case ReviewPackage.STUDY__YEAR:
				return getYear();
			case ReviewPackage.STUDY__TITLE:
				return getTitle();
			case ReviewPackage.STUDY__JOURNAL:
				return getJournal();
			case ReviewPackage.STUDY__DOI:
				return getDoi();
			case ReviewPackage.STUDY__COUNTRY:
				return getCountry();
			case ReviewPackage.STUDY__DESIGN:
				return getDesign();
			case ReviewPackage.STUDY__PATIENT_COUNT:
				return getPatientCount();
			case ReviewPackage.STUDY__LESION_COUNT:
				return getLesionCount();
			case ReviewPackage.STUDY__PRIMARY_CANCERS:
				return getPrimaryCancers();
			case ReviewPackage.STUDY__TREATMENT:
				return getTreatment();
			case ReviewPackage.STUDY__TREATMENT_MODEL:
				return getTreatmentModel();
			case ReviewPackage.STUDY__FRACTIONATION:
				return getFractionation();
			case ReviewPackage.STUDY__MRI_VENDOR:
				return getMriVendor();
			case ReviewPackage.STUDY__MRI_MODEL:
				return getMriModel();
			case ReviewPackage.STUDY__FIELD_STRENGTHS:
				return getFieldStrengths();
			case ReviewPackage.STUDY__SEQUENCES:
				return getSequences();
			case ReviewPackage.STUDY__SEGMENTATION_SOFTWARE:
				return getSegmentationSoftware();
			case ReviewPackage.STUDY__SEGMENTATION_METHOD:
				return getSegmentationMethod();
			case ReviewPackage.STUDY__RADIOMICS_SOFTWARE:
				return getRadiomicsSoftware();
			case ReviewPackage.STUDY__FEATURES_EXTRACTED:
				return getFeaturesExtracted();
			case ReviewPackage.STUDY__FEATURES_SELECTED:
				return getFeaturesSelected();
			case ReviewPackage.STUDY__FEATURE_SELECTION_METHODS:
				return getFeatureSelectionMethods();
			case ReviewPackage.STUDY__TRAIN_PERCENT:
				return getTrainPercent();
			case ReviewPackage.STUDY__VALIDATION_PERCENT:
				return getValidationPercent();
			case ReviewPackage.STUDY__TEST_PERCENT:
				return getTestPercent();
			case ReviewPackage.STUDY__SPLIT_DESCRIPTION:
				return getSplitDescription();
			case ReviewPackage.STUDY__CLINICAL_FEATURES:
				return getClinicalFeatures();
			case ReviewPackage.STUDY__ALGORITHM_TYPE:
				return getAlgorithmType();
			case ReviewPackage.STUDY__ALGORITHMS:
				return getAlgorithms();
			case ReviewPackage.STUDY__ALGORITHM_SOFTWARE:
				return getAlgorithmSoftware();
			case ReviewPackage.STUDY__ENDPOINT:
				return getEndpoint();
			case ReviewPackage.STUDY__ENDPOINT_DESCRIPTION:
				return getEndpointDescription();
			case ReviewPackage.STUDY__NOTES:
				return getNotes();
			case ReviewPackage.STUDY__RESULTS:
				return getResults();
			case ReviewPackage.STUDY__PATIENTS:
				return getPatients();
			case ReviewPackage.STUDY__ASSESSMENTS:
				return getAssessments();
			case ReviewPackage.STUDY__MODEL_RUNS:
				return getModelRuns();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReviewPackage.STUDY__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.STUDY__AUTHORS:
				setAuthors((String)newValue);
				return;
			case ReviewPackage.STUDY__YEAR:
				setYear((Integer)newValue);
				return;
			case ReviewPackage.STUDY__TITLE:
				setTitle((String)newValue);
				return;
			case ReviewPackage.STUDY__JOURNAL:
				setJournal((String)newValue);
				return;
			case ReviewPackage.STUDY__DOI:
				setDoi((String)newValue);
				return;
			case ReviewPackage.STUDY__COUNTRY:
				setCountry((String)newValue);
				return;
			case ReviewPackage.STUDY__DESIGN:
				setDesign((StudyDesign)newValue);
				return;
			case ReviewPackage.STUDY__PATIENT_COUNT:
				setPatientCount((Integer)newValue);
				return;
			case ReviewPackage.STUDY__LESION_COUNT:
				setLesionCount((Integer)newValue);
				return;
			case ReviewPackage.STUDY__PRIMARY_CANCERS:
				setPrimaryCancers((String)newValue);
				return;
			case ReviewPackage.STUDY__TREATMENT:
				setTreatment((TreatmentModality)newValue);
				return;
			case ReviewPackage.STUDY__TREATMENT_MODEL:
				setTreatmentModel((String)newValue);
				return;
			case ReviewPackage.STUDY__FRACTIONATION:
				setFractionation((String)newValue);
				return;
			case ReviewPackage.STUDY__MRI_VENDOR:
				setMriVendor((String)newValue);
				return;
			case ReviewPackage.STUDY__MRI_MODEL:
				setMriModel((String)newValue);
				return;
			case ReviewPackage.STUDY__FIELD_STRENGTHS:
				getFieldStrengths().clear();
				getFieldStrengths().addAll((Collection<? extends Double>)newValue);
				return;
			case ReviewPackage.STUDY__SEQUENCES:
				getSequences().clear();
				getSequences().addAll((Collection<? extends String>)newValue);
				return;
			case ReviewPackage.STUDY__SEGMENTATION_SOFTWARE:
				setSegmentationSoftware((String)newValue);
				return;
			case ReviewPackage.STUDY__SEGMENTATION_METHOD:
				setSegmentationMethod((SegmentationMethod)newValue);
				return;
			case ReviewPackage.STUDY__RADIOMICS_SOFTWARE:
				setRadiomicsSoftware((String)newValue);
				return;
			case ReviewPackage.STUDY__FEATURES_EXTRACTED:
				setFeaturesExtracted((Integer)newValue);
				return;
			case ReviewPackage.STUDY__FEATURES_SELECTED:
				setFeaturesSelected((Integer)newValue);
				return;
			case ReviewPackage.STUDY__FEATURE_SELECTION_METHODS:
				getFeatureSelectionMethods().clear();
				getFeatureSelectionMethods().addAll((Collection<? extends String>)newValue);
				return;
			case ReviewPackage.STUDY__TRAIN_PERCENT:
				setTrainPercent((Double)newValue);
				return;
			case ReviewPackage.STUDY__VALIDATION_PERCENT:
				setValidationPercent((Double)newValue);
				return;
			case ReviewPackage.STUDY__TEST_PERCENT:
				setTestPercent((Double)newValue);
				return;
			case ReviewPackage.STUDY__SPLIT_DESCRIPTION:
				setSplitDescription((String)newValue);
				return;
			case ReviewPackage.STUDY__CLINICAL_FEATURES:
				getClinicalFeatures().clear();
				getClinicalFeatures().addAll((Collection<? extends String>)newValue);
				return;
			case ReviewPackage.STUDY__ALGORITHM_TYPE:
				setAlgorithmType((AlgorithmType)newValue);
				return;
			case ReviewPackage.STUDY__ALGORITHMS:
				setAlgorithms((String)newValue);
				return;
			case ReviewPackage.STUDY__ALGORITHM_SOFTWARE:
				setAlgorithmSoftware((String)newValue);
				return;
			case ReviewPackage.STUDY__ENDPOINT:
				setEndpoint((Endpoint)newValue);
				return;
			case ReviewPackage.STUDY__ENDPOINT_DESCRIPTION:
				setEndpointDescription((String)newValue);
				return;
			case ReviewPackage.STUDY__NOTES:
				setNotes((String)newValue);
				return;
			case ReviewPackage.STUDY__RESULTS:
				getResults().clear();
				getResults().addAll((Collection<? extends ReportedMetric>)newValue);
				return;
			case ReviewPackage.STUDY__PATIENTS:
				getPatients().clear();
				getPatients().addAll((Collection<? extends Patient>)newValue);
				return;
			case ReviewPackage.STUDY__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case ReviewPackage.STUDY__MODEL_RUNS:
				getModelRuns().clear();
				getModelRuns().addAll((Collection<? extends ModelRun>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ReviewPackage.STUDY__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.STUDY__AUTHORS:
				setAuthors(AUTHORS_EDEFAULT);
				return;
			case ReviewPackage.STUDY__YEAR:
				unsetYear();
				return;
			case ReviewPackage.STUDY__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReviewPackage.STUDY__JOURNAL:
				setJournal(JOURNAL_EDEFAULT);
				return;
			case ReviewPackage.STUDY__DOI:
				setDoi(DOI_EDEFAULT);
				return;
			case ReviewPackage.STUDY__COUNTRY:
				setCountry(COUNTRY_EDEFAULT);
				return;
			case ReviewPackage.STUDY__DESIGN:
				setDesign(DESIGN_EDEFAULT);
				return;
			case ReviewPackage.STUDY__PATIENT_COUNT:
				unsetPatientCount();
				return;
			case ReviewPackage.STUDY__LESION_COUNT:
				unsetLesionCount();
				return;
			case ReviewPackage.STUDY__PRIMARY_CANCERS:
				setPrimaryCancers(PRIMARY_CANCERS_EDEFAULT);
				return;
			case ReviewPackage.STUDY__TREATMENT:
				setTreatment(TREATMENT_EDEFAULT);
				return;
			case ReviewPackage.STUDY__TREATMENT_MODEL:
				setTreatmentModel(TREATMENT_MODEL_EDEFAULT);
				return;
			case ReviewPackage.STUDY__FRACTIONATION:
				setFractionation(FRACTIONATION_EDEFAULT);
				return;
			case ReviewPackage.STUDY__MRI_VENDOR:
				setMriVendor(MRI_VENDOR_EDEFAULT);
				return;
			case ReviewPackage.STUDY__MRI_MODEL:
				setMriModel(MRI_MODEL_EDEFAULT);
				return;
			case ReviewPackage.STUDY__FIELD_STRENGTHS:
				getFieldStrengths().clear();
				return;
			case ReviewPackage.STUDY__SEQUENCES:
				getSequences().clear();
				return;
			case ReviewPackage.STUDY__SEGMENTATION_SOFTWARE:
				setSegmentationSoftware(SEGMENTATION_SOFTWARE_EDEFAULT);
				return;
			case ReviewPackage.STUDY__SEGMENTATION_METHOD:
				setSegmentationMethod(SEGMENTATION_METHOD_EDEFAULT);
				return;
			case ReviewPackage.STUDY__RADIOMICS_SOFTWARE:
				setRadiomicsSoftware(RADIOMICS_SOFTWARE_EDEFAULT);
				return;
			case ReviewPackage.STUDY__FEATURES_EXTRACTED:
				unsetFeaturesExtracted();
				return;
			case ReviewPackage.STUDY__FEATURES_SELECTED:
				unsetFeaturesSelected();
				return;
			case ReviewPackage.STUDY__FEATURE_SELECTION_METHODS:
				getFeatureSelectionMethods().clear();
				return;
			case ReviewPackage.STUDY__TRAIN_PERCENT:
				unsetTrainPercent();
				return;
			case ReviewPackage.STUDY__VALIDATION_PERCENT:
				unsetValidationPercent();
				return;
			case ReviewPackage.STUDY__TEST_PERCENT:
				unsetTestPercent();
				return;
			case ReviewPackage.STUDY__SPLIT_DESCRIPTION:
				setSplitDescription(SPLIT_DESCRIPTION_EDEFAULT);
				return;
			case ReviewPackage.STUDY__CLINICAL_FEATURES:
				getClinicalFeatures().clear();
				return;
			case ReviewPackage.STUDY__ALGORITHM_TYPE:
				setAlgorithmType(ALGORITHM_TYPE_EDEFAULT);
				return;
			case ReviewPackage.STUDY__ALGORITHMS:
				setAlgorithms(ALGORITHMS_EDEFAULT);
				return;
			case ReviewPackage.STUDY__ALGORITHM_SOFTWARE:
				setAlgorithmSoftware(ALGORITHM_SOFTWARE_EDEFAULT);
				return;
			case ReviewPackage.STUDY__ENDPOINT:
				setEndpoint(ENDPOINT_EDEFAULT);
				return;
			case ReviewPackage.STUDY__ENDPOINT_DESCRIPTION:
				setEndpointDescription(ENDPOINT_DESCRIPTION_EDEFAULT);
				return;
			case ReviewPackage.STUDY__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ReviewPackage.STUDY__RESULTS:
				getResults().clear();
				return;
			case ReviewPackage.STUDY__PATIENTS:
				getPatients().clear();
				return;
			case ReviewPackage.STUDY__ASSESSMENTS:
				getAssessments().clear();
				return;
			case ReviewPackage.STUDY__MODEL_RUNS:
				getModelRuns().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ReviewPackage.STUDY__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.STUDY__AUTHORS:
				return AUTHORS_EDEFAULT == null ? authors != null : !AUTHORS_EDEFAULT.equals(authors);
			case ReviewPackage.STUDY__YEAR:
				return isSetYear();
			case ReviewPackage.STUDY__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReviewPackage.STUDY__JOURNAL:
				return JOURNAL_EDEFAULT == null ? journal != null : !JOURNAL_EDEFAULT.equals(journal);
			case ReviewPackage.STUDY__DOI:
				return DOI_EDEFAULT == null ? doi != null : !DOI_EDEFAULT.equals(doi);
			case ReviewPackage.STUDY__COUNTRY:
				return COUNTRY_EDEFAULT == null ? country != null : !COUNTRY_EDEFAULT.equals(country);
			case ReviewPackage.STUDY__DESIGN:
				return design != DESIGN_EDEFAULT;
			case ReviewPackage.STUDY__PATIENT_COUNT:
				return isSetPatientCount();
			case ReviewPackage.STUDY__LESION_COUNT:
				return isSetLesionCount();
			case ReviewPackage.STUDY__PRIMARY_CANCERS:
				return PRIMARY_CANCERS_EDEFAULT == null ? primaryCancers != null : !PRIMARY_CANCERS_EDEFAULT.equals(primaryCancers);
			case ReviewPackage.STUDY__TREATMENT:
				return treatment != TREATMENT_EDEFAULT;
			case ReviewPackage.STUDY__TREATMENT_MODEL:
				return TREATMENT_MODEL_EDEFAULT == null ? treatmentModel != null : !TREATMENT_MODEL_EDEFAULT.equals(treatmentModel);
			case ReviewPackage.STUDY__FRACTIONATION:
				return FRACTIONATION_EDEFAULT == null ? fractionation != null : !FRACTIONATION_EDEFAULT.equals(fractionation);
			case ReviewPackage.STUDY__MRI_VENDOR:
				return MRI_VENDOR_EDEFAULT == null ? mriVendor != null : !MRI_VENDOR_EDEFAULT.equals(mriVendor);
			case ReviewPackage.STUDY__MRI_MODEL:
				return MRI_MODEL_EDEFAULT == null ? mriModel != null : !MRI_MODEL_EDEFAULT.equals(mriModel);
			case ReviewPackage.STUDY__FIELD_STRENGTHS:
				return fieldStrengths != null && !fieldStrengths.isEmpty();
			case ReviewPackage.STUDY__SEQUENCES:
				return sequences != null && !sequences.isEmpty();
			case ReviewPackage.STUDY__SEGMENTATION_SOFTWARE:
				return SEGMENTATION_SOFTWARE_EDEFAULT == null ? segmentationSoftware != null : !SEGMENTATION_SOFTWARE_EDEFAULT.equals(segmentationSoftware);
			case ReviewPackage.STUDY__SEGMENTATION_METHOD:
				return segmentationMethod != SEGMENTATION_METHOD_EDEFAULT;
			case ReviewPackage.STUDY__RADIOMICS_SOFTWARE:
				return RADIOMICS_SOFTWARE_EDEFAULT == null ? radiomicsSoftware != null : !RADIOMICS_SOFTWARE_EDEFAULT.equals(radiomicsSoftware);
			case ReviewPackage.STUDY__FEATURES_EXTRACTED:
				return isSetFeaturesExtracted();
			case ReviewPackage.STUDY__FEATURES_SELECTED:
				return isSetFeaturesSelected();
			case ReviewPackage.STUDY__FEATURE_SELECTION_METHODS:
				return featureSelectionMethods != null && !featureSelectionMethods.isEmpty();
			case ReviewPackage.STUDY__TRAIN_PERCENT:
				return isSetTrainPercent();
			case ReviewPackage.STUDY__VALIDATION_PERCENT:
				return isSetValidationPercent();
			case ReviewPackage.STUDY__TEST_PERCENT:
				return isSetTestPercent();
			case ReviewPackage.STUDY__SPLIT_DESCRIPTION:
				return SPLIT_DESCRIPTION_EDEFAULT == null ? splitDescription != null : !SPLIT_DESCRIPTION_EDEFAULT.equals(splitDescription);
			case ReviewPackage.STUDY__CLINICAL_FEATURES:
				return clinicalFeatures != null && !clinicalFeatures.isEmpty();
			case ReviewPackage.STUDY__ALGORITHM_TYPE:
				return algorithmType != ALGORITHM_TYPE_EDEFAULT;
			case ReviewPackage.STUDY__ALGORITHMS:
				return ALGORITHMS_EDEFAULT == null ? algorithms != null : !ALGORITHMS_EDEFAULT.equals(algorithms);
			case ReviewPackage.STUDY__ALGORITHM_SOFTWARE:
				return ALGORITHM_SOFTWARE_EDEFAULT == null ? algorithmSoftware != null : !ALGORITHM_SOFTWARE_EDEFAULT.equals(algorithmSoftware);
			case ReviewPackage.STUDY__ENDPOINT:
				return endpoint != ENDPOINT_EDEFAULT;
			case ReviewPackage.STUDY__ENDPOINT_DESCRIPTION:
				return ENDPOINT_DESCRIPTION_EDEFAULT == null ? endpointDescription != null : !ENDPOINT_DESCRIPTION_EDEFAULT.equals(endpointDescription);
			case ReviewPackage.STUDY__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ReviewPackage.STUDY__RESULTS:
				return results != null && !results.isEmpty();
			case ReviewPackage.STUDY__PATIENTS:
				return patients != null && !patients.isEmpty();
			case ReviewPackage.STUDY__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case ReviewPackage.STUDY__MODEL_RUNS:
				return modelRuns != null && !modelRuns.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", authors: ");
		result.append(authors);
		result.append(", year: ");
		if (yearESet) result.append(year); else result.append("<unset>");
		result.append(", title: ");
		result.append(title);
		result.append(", journal: ");
		result.append(journal);
		result.append(", doi: ");
		result.append(doi);
		result.append(", country: ");
		result.append(country);
		result.append(", design: ");
		result.append(design);
		result.append(", patientCount: ");
		if (patientCountESet) result.append(patientCount); else result.append("<unset>");
		result.append(", lesionCount: ");
		if (lesionCountESet) result.append(lesionCount); else result.append("<unset>");
		result.append(", primaryCancers: ");
		result.append(primaryCancers);
		result.append(", treatment: ");
		result.append(treatment);
		result.append(", treatmentModel: ");
		result.append(treatmentModel);
		result.append(", fractionation: ");
		result.append(fractionation);
		result.append(", mriVendor: ");
		result.append(mriVendor);
		result.append(", mriModel: ");
		result.append(mriModel);
		result.append(", fieldStrengths: ");
		result.append(fieldStrengths);
		result.append(", sequences: ");
		result.append(sequences);
		result.append(", segmentationSoftware: ");
		result.append(segmentationSoftware);
		result.append(", segmentationMethod: ");
		result.append(segmentationMethod);
		result.append(", radiomicsSoftware: ");
		result.append(radiomicsSoftware);
		result.append(", featuresExtracted: ");
		if (featuresExtractedESet) result.append(featuresExtracted); else result.append("<unset>");
		result.append(", featuresSelected: ");
		if (featuresSelectedESet) result.append(featuresSelected); else result.append("<unset>");
		result.append(", featureSelectionMethods: ");
		result.append(featureSelectionMethods);
		result.append(", trainPercent: ");
		if (trainPercentESet) result.append(trainPercent); else result.append("<unset>");
		result.append(", validationPercent: ");
		if (validationPercentESet) result.append(validationPercent); else result.append("<unset>");
		result.append(", testPercent: ");
		if (testPercentESet) result.append(testPercent); else result.append("<unset>");
		result.append(", splitDescription: ");
		result.append(splitDescription);
		result.append(", clinicalFeatures: ");
		result.append(clinicalFeatures);
		result.append(", algorithmType: ");
		result.append(algorithmType);
		result.append(", algorithms: ");
		result.append(algorithms);
		result.append(", algorithmSoftware: ");
		result.append(algorithmSoftware);
		result.append(", endpoint: ");
		result.append(endpoint);
		result.append(", endpointDescription: ");
		result.append(endpointDescription);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //StudyImpl
