/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An image series (e.g. CE-T1W) of a patient; the path is relative to the project folder.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.ImageSeries#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getScanner <em>Scanner</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getFieldStrength <em>Field Strength</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getTimePoint <em>Time Point</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getPath <em>Path</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getSeriesInstanceUid <em>Series Instance Uid</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.radwb.model.ImageSeries#getModality <em>Modality</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getImageSeries()
 * @model
 * @generated
 */
public interface ImageSeries extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_Sequence()
	 * @model
	 * @generated
	 */
	String getSequence();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(String value);

	/**
	 * Returns the value of the '<em><b>Scanner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scanner</em>' attribute.
	 * @see #setScanner(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_Scanner()
	 * @model
	 * @generated
	 */
	String getScanner();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getScanner <em>Scanner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scanner</em>' attribute.
	 * @see #getScanner()
	 * @generated
	 */
	void setScanner(String value);

	/**
	 * Returns the value of the '<em><b>Field Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field Strength</em>' attribute.
	 * @see #isSetFieldStrength()
	 * @see #unsetFieldStrength()
	 * @see #setFieldStrength(double)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_FieldStrength()
	 * @model unsettable="true"
	 * @generated
	 */
	double getFieldStrength();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getFieldStrength <em>Field Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field Strength</em>' attribute.
	 * @see #isSetFieldStrength()
	 * @see #unsetFieldStrength()
	 * @see #getFieldStrength()
	 * @generated
	 */
	void setFieldStrength(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.ImageSeries#getFieldStrength <em>Field Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFieldStrength()
	 * @see #getFieldStrength()
	 * @see #setFieldStrength(double)
	 * @generated
	 */
	void unsetFieldStrength();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.ImageSeries#getFieldStrength <em>Field Strength</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Field Strength</em>' attribute is set.
	 * @see #unsetFieldStrength()
	 * @see #getFieldStrength()
	 * @see #setFieldStrength(double)
	 * @generated
	 */
	boolean isSetFieldStrength();

	/**
	 * Returns the value of the '<em><b>Time Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time Point</em>' attribute.
	 * @see #setTimePoint(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_TimePoint()
	 * @model
	 * @generated
	 */
	String getTimePoint();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getTimePoint <em>Time Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Point</em>' attribute.
	 * @see #getTimePoint()
	 * @generated
	 */
	void setTimePoint(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Series Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Series Instance Uid</em>' attribute.
	 * @see #setSeriesInstanceUid(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_SeriesInstanceUid()
	 * @model
	 * @generated
	 */
	String getSeriesInstanceUid();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getSeriesInstanceUid <em>Series Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Series Instance Uid</em>' attribute.
	 * @see #getSeriesInstanceUid()
	 * @generated
	 */
	void setSeriesInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #setStudyInstanceUid(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_StudyInstanceUid()
	 * @model
	 * @generated
	 */
	String getStudyInstanceUid();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getStudyInstanceUid <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Study Instance Uid</em>' attribute.
	 * @see #getStudyInstanceUid()
	 * @generated
	 */
	void setStudyInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.radwb.model.ReviewPackage#getImageSeries_Modality()
	 * @model
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.radwb.model.ImageSeries#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

} // ImageSeries
