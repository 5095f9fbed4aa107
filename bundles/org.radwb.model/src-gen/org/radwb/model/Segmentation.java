/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Segmentation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A lesion segmentation: a mask file and label, made by a rater with a method.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.Segmentation#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getPath <em>Path</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getRater <em>Rater</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getMethod <em>Method</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getSopInstanceUid <em>Sop Instance Uid</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getRoiNumber <em>Roi Number</em>}</li>
 *   <li>{@link org.radwb.model.Segmentation#getImage <em>Image</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getSegmentation()
 * @model
 * @generated
 */
public interface Segmentation extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #isSetLabel()
	 * @see #unsetLabel()
	 * @see #setLabel(int)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_Label()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLabel();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #isSetLabel()
	 * @see #unsetLabel()
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Segmentation#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabel()
	 * @see #getLabel()
	 * @see #setLabel(int)
	 * @generated
	 */
	void unsetLabel();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Segmentation#getLabel <em>Label</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Label</em>' attribute is set.
	 * @see #unsetLabel()
	 * @see #getLabel()
	 * @see #setLabel(int)
	 * @generated
	 */
	boolean isSetLabel();

	/**
	 * Returns the value of the '<em><b>Rater</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rater</em>' attribute.
	 * @see #setRater(String)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_Rater()
	 * @model
	 * @generated
	 */
	String getRater();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getRater <em>Rater</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rater</em>' attribute.
	 * @see #getRater()
	 * @generated
	 */
	void setRater(String value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.SegmentationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.radwb.model.SegmentationMethod
	 * @see #setMethod(SegmentationMethod)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_Method()
	 * @model
	 * @generated
	 */
	SegmentationMethod getMethod();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.radwb.model.SegmentationMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(SegmentationMethod value);

	/**
	 * Returns the value of the '<em><b>Sop Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sop Instance Uid</em>' attribute.
	 * @see #setSopInstanceUid(String)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_SopInstanceUid()
	 * @model
	 * @generated
	 */
	String getSopInstanceUid();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getSopInstanceUid <em>Sop Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sop Instance Uid</em>' attribute.
	 * @see #getSopInstanceUid()
	 * @generated
	 */
	void setSopInstanceUid(String value);

	/**
	 * Returns the value of the '<em><b>Roi Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roi Number</em>' attribute.
	 * @see #isSetRoiNumber()
	 * @see #unsetRoiNumber()
	 * @see #setRoiNumber(int)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_RoiNumber()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRoiNumber();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getRoiNumber <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roi Number</em>' attribute.
	 * @see #isSetRoiNumber()
	 * @see #unsetRoiNumber()
	 * @see #getRoiNumber()
	 * @generated
	 */
	void setRoiNumber(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.Segmentation#getRoiNumber <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRoiNumber()
	 * @see #getRoiNumber()
	 * @see #setRoiNumber(int)
	 * @generated
	 */
	void unsetRoiNumber();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.Segmentation#getRoiNumber <em>Roi Number</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Roi Number</em>' attribute is set.
	 * @see #unsetRoiNumber()
	 * @see #getRoiNumber()
	 * @see #setRoiNumber(int)
	 * @generated
	 */
	boolean isSetRoiNumber();

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(ImageSeries)
	 * @see org.radwb.model.ReviewPackage#getSegmentation_Image()
	 * @model
	 * @generated
	 */
	ImageSeries getImage();

	/**
	 * Sets the value of the '{@link org.radwb.model.Segmentation#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageSeries value);

} // Segmentation
