/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A published study included in the review, or the user's own cohort study.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.Study#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.Study#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.radwb.model.Study#getYear <em>Year</em>}</li>
 *   <li>{@link org.radwb.model.Study#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.model.Study#getJournal <em>Journal</em>}</li>
 *   <li>{@link org.radwb.model.Study#getDoi <em>Doi</em>}</li>
 *   <li>{@link org.radwb.model.Study#getCountry <em>Country</em>}</li>
 *   <li>{@link org.radwb.model.Study#getDesign <em>Design</em>}</li>
 *   <li>{@link org.radwb.model.Study#getPatientCount <em>Patient Count</em>}</li>
 *   <li>{@link org.radwb.model.Study#getLesionCount <em>Lesion Count</em>}</li>
 *   <li>{@link org.radwb.model.Study#getPrimaryCancers <em>Primary Cancers</em>}</li>
 *   <li>{@link org.radwb.model.Study#getTreatment <em>Treatment</em>}</li>
 *   <li>{@link org.radwb.model.Study#getTreatmentModel <em>Treatment Model</em>}</li>
 *   <li>{@link org.radwb.model.Study#getFractionation <em>Fractionation</em>}</li>
 *   <li>{@link org.radwb.model.Study#getMriVendor <em>Mri Vendor</em>}</li>
 *   <li>{@link org.radwb.model.Study#getMriModel <em>Mri Model</em>}</li>
 *   <li>{@link org.radwb.model.Study#getFieldStrengths <em>Field Strengths</em>}</li>
 *   <li>{@link org.radwb.model.Study#getSequences <em>Sequences</em>}</li>
 *   <li>{@link org.radwb.model.Study#getSegmentationSoftware <em>Segmentation Software</em>}</li>
 *   <li>{@link org.radwb.model.Study#getSegmentationMethod <em>Segmentation Method</em>}</li>
 *   <li>{@link org.radwb.model.Study#getRadiomicsSoftware <em>Radiomics Software</em>}</li>
 *   <li>{@link org.radwb.model.Study#getFeaturesExtracted <em>Features Extracted</em>}</li>
 *   <li>{@link org.radwb.model.Study#getFeaturesSelected <em>Features Selected</em>}</li>
 *   <li>{@link org.radwb.model.Study#getFeatureSelectionMethods <em>Feature Selection Methods</em>}</li>
 *   <li>{@link org.radwb.model.Study#getTrainPercent <em>Train Percent</em>}</li>
 *   <li>{@link org.radwb.model.Study#getValidationPercent <em>Validation Percent</em>}</li>
 *   <li>{@link org.radwb.model.Study#getTestPercent <em>Test Percent</em>}</li>
 *   <li>{@link org.radwb.model.Study#getSplitDescription <em>Split Description</em>}</li>
 *   <li>{@link org.radwb.model.Study#getClinicalFeatures <em>Clinical Features</em>}</li>
 *   <li>{@link org.radwb.model.Study#getAlgorithmType <em>Algorithm Type</em>}</li>
 *   <li>{@link org.radwb.model.Study#getAlgorithms <em>Algorithms</em>}</li>
 *   <li>{@link org.radwb.model.Study#getAlgorithmSoftware <em>Algorithm Software</em>}</li>
 *   <li>{@link org.radwb.model.Study#getEndpoint <em>Endpoint</em>}</li>
 *   <li>{@link org.radwb.model.Study#getEndpointDescription <em>Endpoint Description</em>}</li>
 *   <li>{@link org.radwb.model.Study#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.radwb.model.Study#getResults <em>Results</em>}</li>
 *   <li>{@link org.radwb.model.Study#getPatients <em>Patients</em>}</li>
 *   <li>{@link org.radwb.model.Study#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link org.radwb.model.Study#getModelRuns <em>Model Runs</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' attribute.
	 * @see #setAuthors(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Authors()
	 * @model
	 * @generated
	 */
	String getAuthors();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getAuthors <em>Authors</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authors</em>' attribute.
	 * @see #getAuthors()
	 * @generated
	 */
	void setAuthors(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #isSetYear()
	 * @see #unsetYear()
	 * @see #setYear(int)
	 * @see org.radwb.model.ReviewPackage#getStudy_Year()
	 * @model unsettable="true"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #isSetYear()
	 * @see #unsetYear()
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetYear()
	 * @see #getYear()
	 * @see #setYear(int)
	 * @generated
	 */
	void unsetYear();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getYear <em>Year</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Year</em>' attribute is set.
	 * @see #unsetYear()
	 * @see #getYear()
	 * @see #setYear(int)
	 * @generated
	 */
	boolean isSetYear();

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Journal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Journal</em>' attribute.
	 * @see #setJournal(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Journal()
	 * @model
	 * @generated
	 */
	String getJournal();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getJournal <em>Journal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Journal</em>' attribute.
	 * @see #getJournal()
	 * @generated
	 */
	void setJournal(String value);

	/**
	 * Returns the value of the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doi</em>' attribute.
	 * @see #setDoi(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Doi()
	 * @model
	 * @generated
	 */
	String getDoi();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getDoi <em>Doi</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Doi</em>' attribute.
	 * @see #getDoi()
	 * @generated
	 */
	void setDoi(String value);

	/**
	 * Returns the value of the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Country</em>' attribute.
	 * @see #setCountry(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Country()
	 * @model
	 * @generated
	 */
	String getCountry();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getCountry <em>Country</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Country</em>' attribute.
	 * @see #getCountry()
	 * @generated
	 */
	void setCountry(String value);

	/**
	 * Returns the value of the '<em><b>Design</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.StudyDesign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Design</em>' attribute.
	 * @see org.radwb.model.StudyDesign
	 * @see #setDesign(StudyDesign)
	 * @see org.radwb.model.ReviewPackage#getStudy_Design()
	 * @model
	 * @generated
	 */
	StudyDesign getDesign();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getDesign <em>Design</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Design</em>' attribute.
	 * @see org.radwb.model.StudyDesign
	 * @see #getDesign()
	 * @generated
	 */
	void setDesign(StudyDesign value);

	/**
	 * Returns the value of the '<em><b>Patient Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patient Count</em>' attribute.
	 * @see #isSetPatientCount()
	 * @see #unsetPatientCount()
	 * @see #setPatientCount(int)
	 * @see org.radwb.model.ReviewPackage#getStudy_PatientCount()
	 * @model unsettable="true"
	 * @generated
	 */
	int getPatientCount();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getPatientCount <em>Patient Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Patient Count</em>' attribute.
	 * @see #isSetPatientCount()
	 * @see #unsetPatientCount()
	 * @see #getPatientCount()
	 * @generated
	 */
	void setPatientCount(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getPatientCount <em>Patient Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPatientCount()
	 * @see #getPatientCount()
	 * @see #setPatientCount(int)
	 * @generated
	 */
	void unsetPatientCount();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getPatientCount <em>Patient Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Patient Count</em>' attribute is set.
	 * @see #unsetPatientCount()
	 * @see #getPatientCount()
	 * @see #setPatientCount(int)
	 * @generated
	 */
	boolean isSetPatientCount();

	/**
	 * Returns the value of the '<em><b>Lesion Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lesion Count</em>' attribute.
	 * @see #isSetLesionCount()
	 * @see #unsetLesionCount()
	 * @see #setLesionCount(int)
	 * @see org.radwb.model.ReviewPackage#getStudy_LesionCount()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLesionCount();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getLesionCount <em>Lesion Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lesion Count</em>' attribute.
	 * @see #isSetLesionCount()
	 * @see #unsetLesionCount()
	 * @see #getLesionCount()
	 * @generated
	 */
	void setLesionCount(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getLesionCount <em>Lesion Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLesionCount()
	 * @see #getLesionCount()
	 * @see #setLesionCount(int)
	 * @generated
	 */
	void unsetLesionCount();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getLesionCount <em>Lesion Count</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Lesion Count</em>' attribute is set.
	 * @see #unsetLesionCount()
	 * @see #getLesionCount()
	 * @see #setLesionCount(int)
	 * @generated
	 */
	boolean isSetLesionCount();

	/**
	 * Returns the value of the '<em><b>Primary Cancers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Cancers</em>' attribute.
	 * @see #setPrimaryCancers(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_PrimaryCancers()
	 * @model
	 * @generated
	 */
	String getPrimaryCancers();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getPrimaryCancers <em>Primary Cancers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Cancers</em>' attribute.
	 * @see #getPrimaryCancers()
	 * @generated
	 */
	void setPrimaryCancers(String value);

	/**
	 * Returns the value of the '<em><b>Treatment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.TreatmentModality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Treatment</em>' attribute.
	 * @see org.radwb.model.TreatmentModality
	 * @see #setTreatment(TreatmentModality)
	 * @see org.radwb.model.ReviewPackage#getStudy_Treatment()
	 * @model
	 * @generated
	 */
	TreatmentModality getTreatment();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getTreatment <em>Treatment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Treatment</em>' attribute.
	 * @see org.radwb.model.TreatmentModality
	 * @see #getTreatment()
	 * @generated
	 */
	void setTreatment(TreatmentModality value);

	/**
	 * Returns the value of the '<em><b>Treatment Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Treatment Model</em>' attribute.
	 * @see #setTreatmentModel(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_TreatmentModel()
	 * @model
	 * @generated
	 */
	String getTreatmentModel();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getTreatmentModel <em>Treatment Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Treatment Model</em>' attribute.
	 * @see #getTreatmentModel()
	 * @generated
	 */
	void setTreatmentModel(String value);

	/**
	 * Returns the value of the '<em><b>Fractionation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fractionation</em>' attribute.
	 * @see #setFractionation(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Fractionation()
	 * @model
	 * @generated
	 */
	String getFractionation();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getFractionation <em>Fractionation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fractionation</em>' attribute.
	 * @see #getFractionation()
	 * @generated
	 */
	void setFractionation(String value);

	/**
	 * Returns the value of the '<em><b>Mri Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mri Vendor</em>' attribute.
	 * @see #setMriVendor(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_MriVendor()
	 * @model
	 * @generated
	 */
	String getMriVendor();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getMriVendor <em>Mri Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mri Vendor</em>' attribute.
	 * @see #getMriVendor()
	 * @generated
	 */
	void setMriVendor(String value);

	/**
	 * Returns the value of the '<em><b>Mri Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mri Model</em>' attribute.
	 * @see #setMriModel(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_MriModel()
	 * @model
	 * @generated
	 */
	String getMriModel();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getMriModel <em>Mri Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mri Model</em>' attribute.
	 * @see #getMriModel()
	 * @generated
	 */
	void setMriModel(String value);

	/**
	 * Returns the value of the '<em><b>Field Strengths</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Strengths</em>' attribute list.
	 * @see org.radwb.model.ReviewPackage#getStudy_FieldStrengths()
	 * @model
	 * @generated
	 */
	EList<Double> getFieldStrengths();

	/**
	 * Returns the value of the '<em><b>Sequences</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequences</em>' attribute list.
	 * @see org.radwb.model.ReviewPackage#getStudy_Sequences()
	 * @model
	 * @generated
	 */
	EList<String> getSequences();

	/**
	 * Returns the value of the '<em><b>Segmentation Software</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segmentation Software</em>' attribute.
	 * @see #setSegmentationSoftware(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_SegmentationSoftware()
	 * @model
	 * @generated
	 */
	String getSegmentationSoftware();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getSegmentationSoftware <em>Segmentation Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segmentation Software</em>' attribute.
	 * @see #getSegmentationSoftware()
	 * @generated
	 */
	void setSegmentationSoftware(String value);

	/**
	 * Returns the value of the '<em><b>Segmentation Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.SegmentationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segmentation Method</em>' attribute.
	 * @see org.radwb.model.SegmentationMethod
	 * @see #setSegmentationMethod(SegmentationMethod)
	 * @see org.radwb.model.ReviewPackage#getStudy_SegmentationMethod()
	 * @model
	 * @generated
	 */
	SegmentationMethod getSegmentationMethod();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getSegmentationMethod <em>Segmentation Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segmentation Method</em>' attribute.
	 * @see org.radwb.model.SegmentationMethod
	 * @see #getSegmentationMethod()
	 * @generated
	 */
	void setSegmentationMethod(SegmentationMethod value);

	/**
	 * Returns the value of the '<em><b>Radiomics Software</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Radiomics Software</em>' attribute.
	 * @see #setRadiomicsSoftware(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_RadiomicsSoftware()
	 * @model
	 * @generated
	 */
	String getRadiomicsSoftware();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getRadiomicsSoftware <em>Radiomics Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Radiomics Software</em>' attribute.
	 * @see #getRadiomicsSoftware()
	 * @generated
	 */
	void setRadiomicsSoftware(String value);

	/**
	 * Returns the value of the '<em><b>Features Extracted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features Extracted</em>' attribute.
	 * @see #isSetFeaturesExtracted()
	 * @see #unsetFeaturesExtracted()
	 * @see #setFeaturesExtracted(int)
	 * @see org.radwb.model.ReviewPackage#getStudy_FeaturesExtracted()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFeaturesExtracted();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getFeaturesExtracted <em>Features Extracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features Extracted</em>' attribute.
	 * @see #isSetFeaturesExtracted()
	 * @see #unsetFeaturesExtracted()
	 * @see #getFeaturesExtracted()
	 * @generated
	 */
	void setFeaturesExtracted(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getFeaturesExtracted <em>Features Extracted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFeaturesExtracted()
	 * @see #getFeaturesExtracted()
	 * @see #setFeaturesExtracted(int)
	 * @generated
	 */
	void unsetFeaturesExtracted();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getFeaturesExtracted <em>Features Extracted</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Features Extracted</em>' attribute is set.
	 * @see #unsetFeaturesExtracted()
	 * @see #getFeaturesExtracted()
	 * @see #setFeaturesExtracted(int)
	 * @generated
	 */
	boolean isSetFeaturesExtracted();

	/**
	 * Returns the value of the '<em><b>Features Selected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features Selected</em>' attribute.
	 * @see #isSetFeaturesSelected()
	 * @see #unsetFeaturesSelected()
	 * @see #setFeaturesSelected(int)
	 * @see org.radwb.model.ReviewPackage#getStudy_FeaturesSelected()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFeaturesSelected();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getFeaturesSelected <em>Features Selected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Features Selected</em>' attribute.
	 * @see #isSetFeaturesSelected()
	 * @see #unsetFeaturesSelected()
	 * @see #getFeaturesSelected()
	 * @generated
	 */
	void setFeaturesSelected(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getFeaturesSelected <em>Features Selected</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFeaturesSelected()
	 * @see #getFeaturesSelected()
	 * @see #setFeaturesSelected(int)
	 * @generated
	 */
	void unsetFeaturesSelected();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getFeaturesSelected <em>Features Selected</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Features Selected</em>' attribute is set.
	 * @see #unsetFeaturesSelected()
	 * @see #getFeaturesSelected()
	 * @see #setFeaturesSelected(int)
	 * @generated
	 */
	boolean isSetFeaturesSelected();

	/**
	 * Returns the value of the '<em><b>Feature Selection Methods</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Selection Methods</em>' attribute list.
	 * @see org.radwb.model.ReviewPackage#getStudy_FeatureSelectionMethods()
	 * @model
	 * @generated
	 */
	EList<String> getFeatureSelectionMethods();

	/**
	 * Returns the value of the '<em><b>Train Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Train Percent</em>' attribute.
	 * @see #isSetTrainPercent()
	 * @see #unsetTrainPercent()
	 * @see #setTrainPercent(double)
	 * @see org.radwb.model.ReviewPackage#getStudy_TrainPercent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTrainPercent();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getTrainPercent <em>Train Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Train Percent</em>' attribute.
	 * @see #isSetTrainPercent()
	 * @see #unsetTrainPercent()
	 * @see #getTrainPercent()
	 * @generated
	 */
	void setTrainPercent(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getTrainPercent <em>Train Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTrainPercent()
	 * @see #getTrainPercent()
	 * @see #setTrainPercent(double)
	 * @generated
	 */
	void unsetTrainPercent();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getTrainPercent <em>Train Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Train Percent</em>' attribute is set.
	 * @see #unsetTrainPercent()
	 * @see #getTrainPercent()
	 * @see #setTrainPercent(double)
	 * @generated
	 */
	boolean isSetTrainPercent();

	/**
	 * Returns the value of the '<em><b>Validation Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validation Percent</em>' attribute.
	 * @see #isSetValidationPercent()
	 * @see #unsetValidationPercent()
	 * @see #setValidationPercent(double)
	 * @see org.radwb.model.ReviewPackage#getStudy_ValidationPercent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getValidationPercent();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getValidationPercent <em>Validation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validation Percent</em>' attribute.
	 * @see #isSetValidationPercent()
	 * @see #unsetValidationPercent()
	 * @see #getValidationPercent()
	 * @generated
	 */
	void setValidationPercent(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getValidationPercent <em>Validation Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValidationPercent()
	 * @see #getValidationPercent()
	 * @see #setValidationPercent(double)
	 * @generated
	 */
	void unsetValidationPercent();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getValidationPercent <em>Validation Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Validation Percent</em>' attribute is set.
	 * @see #unsetValidationPercent()
	 * @see #getValidationPercent()
	 * @see #setValidationPercent(double)
	 * @generated
	 */
	boolean isSetValidationPercent();

	/**
	 * Returns the value of the '<em><b>Test Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Test Percent</em>' attribute.
	 * @see #isSetTestPercent()
	 * @see #unsetTestPercent()
	 * @see #setTestPercent(double)
	 * @see org.radwb.model.ReviewPackage#getStudy_TestPercent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTestPercent();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getTestPercent <em>Test Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Test Percent</em>' attribute.
	 * @see #isSetTestPercent()
	 * @see #unsetTestPercent()
	 * @see #getTestPercent()
	 * @generated
	 */
	void setTestPercent(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Study#getTestPercent <em>Test Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTestPercent()
	 * @see #getTestPercent()
	 * @see #setTestPercent(double)
	 * @generated
	 */
	void unsetTestPercent();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Study#getTestPercent <em>Test Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Test Percent</em>' attribute is set.
	 * @see #unsetTestPercent()
	 * @see #getTestPercent()
	 * @see #setTestPercent(double)
	 * @generated
	 */
	boolean isSetTestPercent();

	/**
	 * Returns the value of the '<em><b>Split Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Split Description</em>' attribute.
	 * @see #setSplitDescription(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_SplitDescription()
	 * @model
	 * @generated
	 */
	String getSplitDescription();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getSplitDescription <em>Split Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Split Description</em>' attribute.
	 * @see #getSplitDescription()
	 * @generated
	 */
	void setSplitDescription(String value);

	/**
	 * Returns the value of the '<em><b>Clinical Features</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clinical Features</em>' attribute list.
	 * @see org.radwb.model.ReviewPackage#getStudy_ClinicalFeatures()
	 * @model
	 * @generated
	 */
	EList<String> getClinicalFeatures();

	/**
	 * Returns the value of the '<em><b>Algorithm Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.AlgorithmType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Algorithm Type</em>' attribute.
	 * @see org.radwb.model.AlgorithmType
	 * @see #setAlgorithmType(AlgorithmType)
	 * @see org.radwb.model.ReviewPackage#getStudy_AlgorithmType()
	 * @model
	 * @generated
	 */
	AlgorithmType getAlgorithmType();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getAlgorithmType <em>Algorithm Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm Type</em>' attribute.
	 * @see org.radwb.model.AlgorithmType
	 * @see #getAlgorithmType()
	 * @generated
	 */
	void setAlgorithmType(AlgorithmType value);

	/**
	 * Returns the value of the '<em><b>Algorithms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Algorithms</em>' attribute.
	 * @see #setAlgorithms(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Algorithms()
	 * @model
	 * @generated
	 */
	String getAlgorithms();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getAlgorithms <em>Algorithms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithms</em>' attribute.
	 * @see #getAlgorithms()
	 * @generated
	 */
	void setAlgorithms(String value);

	/**
	 * Returns the value of the '<em><b>Algorithm Software</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Algorithm Software</em>' attribute.
	 * @see #setAlgorithmSoftware(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_AlgorithmSoftware()
	 * @model
	 * @generated
	 */
	String getAlgorithmSoftware();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getAlgorithmSoftware <em>Algorithm Software</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm Software</em>' attribute.
	 * @see #getAlgorithmSoftware()
	 * @generated
	 */
	void setAlgorithmSoftware(String value);

	/**
	 * Returns the value of the '<em><b>Endpoint</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.Endpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint</em>' attribute.
	 * @see org.radwb.model.Endpoint
	 * @see #setEndpoint(Endpoint)
	 * @see org.radwb.model.ReviewPackage#getStudy_Endpoint()
	 * @model
	 * @generated
	 */
	Endpoint getEndpoint();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getEndpoint <em>Endpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint</em>' attribute.
	 * @see org.radwb.model.Endpoint
	 * @see #getEndpoint()
	 * @generated
	 */
	void setEndpoint(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Endpoint Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoint Description</em>' attribute.
	 * @see #setEndpointDescription(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_EndpointDescription()
	 * @model
	 * @generated
	 */
	String getEndpointDescription();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getEndpointDescription <em>Endpoint Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Endpoint Description</em>' attribute.
	 * @see #getEndpointDescription()
	 * @generated
	 */
	void setEndpointDescription(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.radwb.model.ReviewPackage#getStudy_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.radwb.model.Study#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.ReportedMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getStudy_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportedMetric> getResults();

	/**
	 * Returns the value of the '<em><b>Patients</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Patient}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Patients</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getStudy_Patients()
	 * @model containment="true"
	 * @generated
	 */
	EList<Patient> getPatients();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getStudy_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Model Runs</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.ModelRun}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Runs</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getStudy_ModelRuns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelRun> getModelRuns();

} // Study
