/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lesion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A brain metastasis of a patient, with its treatment and outcome.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.Lesion#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getLocation <em>Location</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getVolumeCc <em>Volume Cc</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getIsodoseLinePercent <em>Isodose Line Percent</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getFractions <em>Fractions</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#isLocalFailure <em>Local Failure</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getTimeToEventMonths <em>Time To Event Months</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#isCensored <em>Censored</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getRoiName <em>Roi Name</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getSegmentations <em>Segmentations</em>}</li>
 *   <li>{@link org.radwb.model.Lesion#getFeatureSets <em>Feature Sets</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getLesion()
 * @model
 * @generated
 */
public interface Lesion extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getLesion_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.radwb.model.ReviewPackage#getLesion_Location()
	 * @model
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Volume Cc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Volume Cc</em>' attribute.
	 * @see #isSetVolumeCc()
	 * @see #unsetVolumeCc()
	 * @see #setVolumeCc(double)
	 * @see org.radwb.model.ReviewPackage#getLesion_VolumeCc()
	 * @model unsettable="true"
	 * @generated
	 */
	double getVolumeCc();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getVolumeCc <em>Volume Cc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volume Cc</em>' attribute.
	 * @see #isSetVolumeCc()
	 * @see #unsetVolumeCc()
	 * @see #getVolumeCc()
	 * @generated
	 */
	void setVolumeCc(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#getVolumeCc <em>Volume Cc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetVolumeCc()
	 * @see #getVolumeCc()
	 * @see #setVolumeCc(double)
	 * @generated
	 */
	void unsetVolumeCc();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#getVolumeCc <em>Volume Cc</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Volume Cc</em>' attribute is set.
	 * @see #unsetVolumeCc()
	 * @see #getVolumeCc()
	 * @see #setVolumeCc(double)
	 * @generated
	 */
	boolean isSetVolumeCc();

	/**
	 * Returns the value of the '<em><b>Prescription Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prescription Dose Gy</em>' attribute.
	 * @see #isSetPrescriptionDoseGy()
	 * @see #unsetPrescriptionDoseGy()
	 * @see #setPrescriptionDoseGy(double)
	 * @see org.radwb.model.ReviewPackage#getLesion_PrescriptionDoseGy()
	 * @model unsettable="true"
	 * @generated
	 */
	double getPrescriptionDoseGy();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prescription Dose Gy</em>' attribute.
	 * @see #isSetPrescriptionDoseGy()
	 * @see #unsetPrescriptionDoseGy()
	 * @see #getPrescriptionDoseGy()
	 * @generated
	 */
	void setPrescriptionDoseGy(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPrescriptionDoseGy()
	 * @see #getPrescriptionDoseGy()
	 * @see #setPrescriptionDoseGy(double)
	 * @generated
	 */
	void unsetPrescriptionDoseGy();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Prescription Dose Gy</em>' attribute is set.
	 * @see #unsetPrescriptionDoseGy()
	 * @see #getPrescriptionDoseGy()
	 * @see #setPrescriptionDoseGy(double)
	 * @generated
	 */
	boolean isSetPrescriptionDoseGy();

	/**
	 * Returns the value of the '<em><b>Isodose Line Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Isodose Line Percent</em>' attribute.
	 * @see #isSetIsodoseLinePercent()
	 * @see #unsetIsodoseLinePercent()
	 * @see #setIsodoseLinePercent(double)
	 * @see org.radwb.model.ReviewPackage#getLesion_IsodoseLinePercent()
	 * @model unsettable="true"
	 * @generated
	 */
	double getIsodoseLinePercent();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getIsodoseLinePercent <em>Isodose Line Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isodose Line Percent</em>' attribute.
	 * @see #isSetIsodoseLinePercent()
	 * @see #unsetIsodoseLinePercent()
	 * @see #getIsodoseLinePercent()
	 * @generated
	 */
	void setIsodoseLinePercent(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#getIsodoseLinePercent <em>Isodose Line Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetIsodoseLinePercent()
	 * @see #getIsodoseLinePercent()
	 * @see #setIsodoseLinePercent(double)
	 * @generated
	 */
	void unsetIsodoseLinePercent();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#getIsodoseLinePercent <em>Isodose Line Percent</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Isodose Line Percent</em>' attribute is set.
	 * @see #unsetIsodoseLinePercent()
	 * @see #getIsodoseLinePercent()
	 * @see #setIsodoseLinePercent(double)
	 * @generated
	 */
	boolean isSetIsodoseLinePercent();

	/**
	 * Returns the value of the '<em><b>Fractions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fractions</em>' attribute.
	 * @see #isSetFractions()
	 * @see #unsetFractions()
	 * @see #setFractions(int)
	 * @see org.radwb.model.ReviewPackage#getLesion_Fractions()
	 * @model unsettable="true"
	 * @generated
	 */
	int getFractions();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getFractions <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fractions</em>' attribute.
	 * @see #isSetFractions()
	 * @see #unsetFractions()
	 * @see #getFractions()
	 * @generated
	 */
	void setFractions(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#getFractions <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFractions()
	 * @see #getFractions()
	 * @see #setFractions(int)
	 * @generated
	 */
	void unsetFractions();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#getFractions <em>Fractions</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Fractions</em>' attribute is set.
	 * @see #unsetFractions()
	 * @see #getFractions()
	 * @see #setFractions(int)
	 * @generated
	 */
	boolean isSetFractions();

	/**
	 * Returns the value of the '<em><b>Local Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Local Failure</em>' attribute.
	 * @see #isSetLocalFailure()
	 * @see #unsetLocalFailure()
	 * @see #setLocalFailure(boolean)
	 * @see org.radwb.model.ReviewPackage#getLesion_LocalFailure()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isLocalFailure();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#isLocalFailure <em>Local Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Local Failure</em>' attribute.
	 * @see #isSetLocalFailure()
	 * @see #unsetLocalFailure()
	 * @see #isLocalFailure()
	 * @generated
	 */
	void setLocalFailure(boolean value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#isLocalFailure <em>Local Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLocalFailure()
	 * @see #isLocalFailure()
	 * @see #setLocalFailure(boolean)
	 * @generated
	 */
	void unsetLocalFailure();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#isLocalFailure <em>Local Failure</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Local Failure</em>' attribute is set.
	 * @see #unsetLocalFailure()
	 * @see #isLocalFailure()
	 * @see #setLocalFailure(boolean)
	 * @generated
	 */
	boolean isSetLocalFailure();

	/**
	 * Returns the value of the '<em><b>Time To Event Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time To Event Months</em>' attribute.
	 * @see #isSetTimeToEventMonths()
	 * @see #unsetTimeToEventMonths()
	 * @see #setTimeToEventMonths(double)
	 * @see org.radwb.model.ReviewPackage#getLesion_TimeToEventMonths()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTimeToEventMonths();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getTimeToEventMonths <em>Time To Event Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time To Event Months</em>' attribute.
	 * @see #isSetTimeToEventMonths()
	 * @see #unsetTimeToEventMonths()
	 * @see #getTimeToEventMonths()
	 * @generated
	 */
	void setTimeToEventMonths(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#getTimeToEventMonths <em>Time To Event Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeToEventMonths()
	 * @see #getTimeToEventMonths()
	 * @see #setTimeToEventMonths(double)
	 * @generated
	 */
	void unsetTimeToEventMonths();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#getTimeToEventMonths <em>Time To Event Months</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Time To Event Months</em>' attribute is set.
	 * @see #unsetTimeToEventMonths()
	 * @see #getTimeToEventMonths()
	 * @see #setTimeToEventMonths(double)
	 * @generated
	 */
	boolean isSetTimeToEventMonths();

	/**
	 * Returns the value of the '<em><b>Censored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Censored</em>' attribute.
	 * @see #isSetCensored()
	 * @see #unsetCensored()
	 * @see #setCensored(boolean)
	 * @see org.radwb.model.ReviewPackage#getLesion_Censored()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isCensored();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#isCensored <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Censored</em>' attribute.
	 * @see #isSetCensored()
	 * @see #unsetCensored()
	 * @see #isCensored()
	 * @generated
	 */
	void setCensored(boolean value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Lesion#isCensored <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCensored()
	 * @see #isCensored()
	 * @see #setCensored(boolean)
	 * @generated
	 */
	void unsetCensored();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Lesion#isCensored <em>Censored</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Censored</em>' attribute is set.
	 * @see #unsetCensored()
	 * @see #isCensored()
	 * @see #setCensored(boolean)
	 * @generated
	 */
	boolean isSetCensored();

	/**
	 * Returns the value of the '<em><b>Roi Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roi Name</em>' attribute.
	 * @see #setRoiName(String)
	 * @see org.radwb.model.ReviewPackage#getLesion_RoiName()
	 * @model
	 * @generated
	 */
	String getRoiName();

	/**
	 * Sets the value of the '{@link org.radwb.model.Lesion#getRoiName <em>Roi Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roi Name</em>' attribute.
	 * @see #getRoiName()
	 * @generated
	 */
	void setRoiName(String value);

	/**
	 * Returns the value of the '<em><b>Segmentations</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Segmentation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segmentations</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getLesion_Segmentations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Segmentation> getSegmentations();

	/**
	 * Returns the value of the '<em><b>Feature Sets</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.FeatureSet}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Sets</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getLesion_FeatureSets()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureSet> getFeatureSets();

} // Lesion
