/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Radiomic features extracted from one image and mask with recorded settings and provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.FeatureSet#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getEngine <em>Engine</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getMode <em>Mode</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getMaskPath <em>Mask Path</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getImageHash <em>Image Hash</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getMaskHash <em>Mask Hash</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getValues <em>Values</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getImage <em>Image</em>}</li>
 *   <li>{@link org.radwb.model.FeatureSet#getSegmentation <em>Segmentation</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getFeatureSet()
 * @model
 * @generated
 */
public interface FeatureSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Engine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine</em>' attribute.
	 * @see #setEngine(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Engine()
	 * @model
	 * @generated
	 */
	String getEngine();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getEngine <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine</em>' attribute.
	 * @see #getEngine()
	 * @generated
	 */
	void setEngine(String value);

	/**
	 * Returns the value of the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Engine Version</em>' attribute.
	 * @see #setEngineVersion(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_EngineVersion()
	 * @model
	 * @generated
	 */
	String getEngineVersion();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getEngineVersion <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Engine Version</em>' attribute.
	 * @see #getEngineVersion()
	 * @generated
	 */
	void setEngineVersion(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Mode()
	 * @model
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

	/**
	 * Returns the value of the '<em><b>Settings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Settings</em>' attribute.
	 * @see #setSettings(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Settings()
	 * @model
	 * @generated
	 */
	String getSettings();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getSettings <em>Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Settings</em>' attribute.
	 * @see #getSettings()
	 * @generated
	 */
	void setSettings(String value);

	/**
	 * Returns the value of the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Path</em>' attribute.
	 * @see #setImagePath(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_ImagePath()
	 * @model
	 * @generated
	 */
	String getImagePath();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getImagePath <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Path</em>' attribute.
	 * @see #getImagePath()
	 * @generated
	 */
	void setImagePath(String value);

	/**
	 * Returns the value of the '<em><b>Mask Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mask Path</em>' attribute.
	 * @see #setMaskPath(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_MaskPath()
	 * @model
	 * @generated
	 */
	String getMaskPath();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getMaskPath <em>Mask Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask Path</em>' attribute.
	 * @see #getMaskPath()
	 * @generated
	 */
	void setMaskPath(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #isSetLabel()
	 * @see #unsetLabel()
	 * @see #setLabel(int)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Label()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLabel();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getLabel <em>Label</em>}' attribute.
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
	 * Unsets the value of the '{@link org.radwb.model.FeatureSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLabel()
	 * @see #getLabel()
	 * @see #setLabel(int)
	 * @generated
	 */
	void unsetLabel();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.FeatureSet#getLabel <em>Label</em>}' attribute is set.
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
	 * Returns the value of the '<em><b>Image Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image Hash</em>' attribute.
	 * @see #setImageHash(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_ImageHash()
	 * @model
	 * @generated
	 */
	String getImageHash();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getImageHash <em>Image Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image Hash</em>' attribute.
	 * @see #getImageHash()
	 * @generated
	 */
	void setImageHash(String value);

	/**
	 * Returns the value of the '<em><b>Mask Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mask Hash</em>' attribute.
	 * @see #setMaskHash(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_MaskHash()
	 * @model
	 * @generated
	 */
	String getMaskHash();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getMaskHash <em>Mask Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask Hash</em>' attribute.
	 * @see #getMaskHash()
	 * @generated
	 */
	void setMaskHash(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(String)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_CreatedAt()
	 * @model
	 * @generated
	 */
	String getCreatedAt();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.FeatureValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<FeatureValue> getValues();

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(ImageSeries)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Image()
	 * @model
	 * @generated
	 */
	ImageSeries getImage();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(ImageSeries value);

	/**
	 * Returns the value of the '<em><b>Segmentation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Segmentation</em>' reference.
	 * @see #setSegmentation(Segmentation)
	 * @see org.radwb.model.ReviewPackage#getFeatureSet_Segmentation()
	 * @model
	 * @generated
	 */
	Segmentation getSegmentation();

	/**
	 * Sets the value of the '{@link org.radwb.model.FeatureSet#getSegmentation <em>Segmentation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Segmentation</em>' reference.
	 * @see #getSegmentation()
	 * @generated
	 */
	void setSegmentation(Segmentation value);

} // FeatureSet
