/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A patient of a study's own cohort.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.Patient#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getAge <em>Age</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getSex <em>Sex</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getKps <em>Kps</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getPrimaryCancer <em>Primary Cancer</em>}</li>
 *   <li>{@link org.radwb.model.Patient#isExtracranialDisease <em>Extracranial Disease</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getSystemicTherapy <em>Systemic Therapy</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getDicomPatientId <em>Dicom Patient Id</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getLesions <em>Lesions</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getImages <em>Images</em>}</li>
 *   <li>{@link org.radwb.model.Patient#getFeatureSets <em>Feature Sets</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getPatient()
 * @model
 * @generated
 */
public interface Patient extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getPatient_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Age</em>' attribute.
	 * @see #isSetAge()
	 * @see #unsetAge()
	 * @see #setAge(double)
	 * @see org.radwb.model.ReviewPackage#getPatient_Age()
	 * @model unsettable="true"
	 * @generated
	 */
	double getAge();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getAge <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Age</em>' attribute.
	 * @see #isSetAge()
	 * @see #unsetAge()
	 * @see #getAge()
	 * @generated
	 */
	void setAge(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Patient#getAge <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetAge()
	 * @see #getAge()
	 * @see #setAge(double)
	 * @generated
	 */
	void unsetAge();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Patient#getAge <em>Age</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Age</em>' attribute is set.
	 * @see #unsetAge()
	 * @see #getAge()
	 * @see #setAge(double)
	 * @generated
	 */
	boolean isSetAge();

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.radwb.model.Sex
	 * @see #setSex(Sex)
	 * @see org.radwb.model.ReviewPackage#getPatient_Sex()
	 * @model
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.radwb.model.Sex
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Returns the value of the '<em><b>Kps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kps</em>' attribute.
	 * @see #isSetKps()
	 * @see #unsetKps()
	 * @see #setKps(int)
	 * @see org.radwb.model.ReviewPackage#getPatient_Kps()
	 * @model unsettable="true"
	 * @generated
	 */
	int getKps();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getKps <em>Kps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kps</em>' attribute.
	 * @see #isSetKps()
	 * @see #unsetKps()
	 * @see #getKps()
	 * @generated
	 */
	void setKps(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Patient#getKps <em>Kps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKps()
	 * @see #getKps()
	 * @see #setKps(int)
	 * @generated
	 */
	void unsetKps();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Patient#getKps <em>Kps</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kps</em>' attribute is set.
	 * @see #unsetKps()
	 * @see #getKps()
	 * @see #setKps(int)
	 * @generated
	 */
	boolean isSetKps();

	/**
	 * Returns the value of the '<em><b>Primary Cancer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Primary Cancer</em>' attribute.
	 * @see #setPrimaryCancer(String)
	 * @see org.radwb.model.ReviewPackage#getPatient_PrimaryCancer()
	 * @model
	 * @generated
	 */
	String getPrimaryCancer();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getPrimaryCancer <em>Primary Cancer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Primary Cancer</em>' attribute.
	 * @see #getPrimaryCancer()
	 * @generated
	 */
	void setPrimaryCancer(String value);

	/**
	 * Returns the value of the '<em><b>Extracranial Disease</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Extracranial Disease</em>' attribute.
	 * @see #isSetExtracranialDisease()
	 * @see #unsetExtracranialDisease()
	 * @see #setExtracranialDisease(boolean)
	 * @see org.radwb.model.ReviewPackage#getPatient_ExtracranialDisease()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isExtracranialDisease();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#isExtracranialDisease <em>Extracranial Disease</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extracranial Disease</em>' attribute.
	 * @see #isSetExtracranialDisease()
	 * @see #unsetExtracranialDisease()
	 * @see #isExtracranialDisease()
	 * @generated
	 */
	void setExtracranialDisease(boolean value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Patient#isExtracranialDisease <em>Extracranial Disease</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetExtracranialDisease()
	 * @see #isExtracranialDisease()
	 * @see #setExtracranialDisease(boolean)
	 * @generated
	 */
	void unsetExtracranialDisease();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Patient#isExtracranialDisease <em>Extracranial Disease</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Extracranial Disease</em>' attribute is set.
	 * @see #unsetExtracranialDisease()
	 * @see #isExtracranialDisease()
	 * @see #setExtracranialDisease(boolean)
	 * @generated
	 */
	boolean isSetExtracranialDisease();

	/**
	 * Returns the value of the '<em><b>Systemic Therapy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Systemic Therapy</em>' attribute.
	 * @see #setSystemicTherapy(String)
	 * @see org.radwb.model.ReviewPackage#getPatient_SystemicTherapy()
	 * @model
	 * @generated
	 */
	String getSystemicTherapy();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getSystemicTherapy <em>Systemic Therapy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Systemic Therapy</em>' attribute.
	 * @see #getSystemicTherapy()
	 * @generated
	 */
	void setSystemicTherapy(String value);

	/**
	 * Returns the value of the '<em><b>Dicom Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dicom Patient Id</em>' attribute.
	 * @see #setDicomPatientId(String)
	 * @see org.radwb.model.ReviewPackage#getPatient_DicomPatientId()
	 * @model
	 * @generated
	 */
	String getDicomPatientId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Patient#getDicomPatientId <em>Dicom Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dicom Patient Id</em>' attribute.
	 * @see #getDicomPatientId()
	 * @generated
	 */
	void setDicomPatientId(String value);

	/**
	 * Returns the value of the '<em><b>Lesions</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Lesion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lesions</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getPatient_Lesions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Lesion> getLesions();

	/**
	 * Returns the value of the '<em><b>Images</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.ImageSeries}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Images</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getPatient_Images()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageSeries> getImages();

	/**
	 * Returns the value of the '<em><b>Feature Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.FeatureSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Sets</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getPatient_FeatureSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureSet> getFeatureSets();

} // Patient
