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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.radwb.model.FeatureSet;
import org.radwb.model.FeatureValue;
import org.radwb.model.ImageSeries;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Segmentation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Feature Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getEngine <em>Engine</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getEngineVersion <em>Engine Version</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getSettings <em>Settings</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getImagePath <em>Image Path</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getMaskPath <em>Mask Path</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getImageHash <em>Image Hash</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getMaskHash <em>Mask Hash</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getImage <em>Image</em>}</li>
 *   <li>{@link org.radwb.model.impl.FeatureSetImpl#getSegmentation <em>Segmentation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FeatureSetImpl extends MinimalEObjectImpl.Container implements FeatureSet {
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
	 * The default value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngine() <em>Engine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngine()
	 * @generated
	 * @ordered
	 */
	protected String engine = ENGINE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String ENGINE_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEngineVersion() <em>Engine Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEngineVersion()
	 * @generated
	 * @ordered
	 */
	protected String engineVersion = ENGINE_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final String MODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected String mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSettings() <em>Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected static final String SETTINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSettings() <em>Settings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSettings()
	 * @generated
	 * @ordered
	 */
	protected String settings = SETTINGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getImagePath() <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePath()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImagePath() <em>Image Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImagePath()
	 * @generated
	 * @ordered
	 */
	protected String imagePath = IMAGE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskPath() <em>Mask Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskPath()
	 * @generated
	 * @ordered
	 */
	protected static final String MASK_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaskPath() <em>Mask Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskPath()
	 * @generated
	 * @ordered
	 */
	protected String maskPath = MASK_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final int LABEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected int label = LABEL_EDEFAULT;

	/**
	 * This is true if the Label attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean labelESet;

	/**
	 * The default value of the '{@link #getImageHash() <em>Image Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageHash()
	 * @generated
	 * @ordered
	 */
	protected static final String IMAGE_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImageHash() <em>Image Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageHash()
	 * @generated
	 * @ordered
	 */
	protected String imageHash = IMAGE_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaskHash() <em>Mask Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskHash()
	 * @generated
	 * @ordered
	 */
	protected static final String MASK_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaskHash() <em>Mask Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskHash()
	 * @generated
	 * @ordered
	 */
	protected String maskHash = MASK_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected String createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<FeatureValue> values;

	/**
	 * The cached value of the '{@link #getImage() <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImage()
	 * @generated
	 * @ordered
	 */
	protected ImageSeries image;

	/**
	 * The cached value of the '{@link #getSegmentation() <em>Segmentation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentation()
	 * @generated
	 * @ordered
	 */
	protected Segmentation segmentation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FeatureSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.FEATURE_SET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngine() {
		return engine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngine(String newEngine) {
		String oldEngine = engine;
		engine = newEngine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__ENGINE, oldEngine, engine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEngineVersion() {
		return engineVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEngineVersion(String newEngineVersion) {
		String oldEngineVersion = engineVersion;
		engineVersion = newEngineVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__ENGINE_VERSION, oldEngineVersion, engineVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(String newMode) {
		String oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSettings() {
		return settings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSettings(String newSettings) {
		String oldSettings = settings;
		settings = newSettings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__SETTINGS, oldSettings, settings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImagePath() {
		return imagePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImagePath(String newImagePath) {
		String oldImagePath = imagePath;
		imagePath = newImagePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__IMAGE_PATH, oldImagePath, imagePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaskPath() {
		return maskPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskPath(String newMaskPath) {
		String oldMaskPath = maskPath;
		maskPath = newMaskPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__MASK_PATH, oldMaskPath, maskPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(int newLabel) {
		int oldLabel = label;
		label = newLabel;
		boolean oldLabelESet = labelESet;
		labelESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__LABEL, oldLabel, label, !oldLabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLabel() {
		int oldLabel = label;
		boolean oldLabelESet = labelESet;
		label = LABEL_EDEFAULT;
		labelESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.FEATURE_SET__LABEL, oldLabel, LABEL_EDEFAULT, oldLabelESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLabel() {
		return labelESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImageHash() {
		return imageHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImageHash(String newImageHash) {
		String oldImageHash = imageHash;
		imageHash = newImageHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__IMAGE_HASH, oldImageHash, imageHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMaskHash() {
		return maskHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskHash(String newMaskHash) {
		String oldMaskHash = maskHash;
		maskHash = newMaskHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__MASK_HASH, oldMaskHash, maskHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(String newCreatedAt) {
		String oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeatureValue> getValues() {
		if (values == null) {
			values = new EObjectContainmentEList<FeatureValue>(FeatureValue.class, this, ReviewPackage.FEATURE_SET__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImageSeries getImage() {
		if (image != null && image.eIsProxy()) {
			InternalEObject oldImage = (InternalEObject)image;
			image = (ImageSeries)eResolveProxy(oldImage);
			if (image != oldImage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.FEATURE_SET__IMAGE, oldImage, image));
			}
		}
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ImageSeries basicGetImage() {
		return image;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImage(ImageSeries newImage) {
		ImageSeries oldImage = image;
		image = newImage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Segmentation getSegmentation() {
		if (segmentation != null && segmentation.eIsProxy()) {
			InternalEObject oldSegmentation = (InternalEObject)segmentation;
			segmentation = (Segmentation)eResolveProxy(oldSegmentation);
			if (segmentation != oldSegmentation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.FEATURE_SET__SEGMENTATION, oldSegmentation, segmentation));
			}
		}
		return segmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Segmentation basicGetSegmentation() {
		return segmentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSegmentation(Segmentation newSegmentation) {
		Segmentation oldSegmentation = segmentation;
		segmentation = newSegmentation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.FEATURE_SET__SEGMENTATION, oldSegmentation, segmentation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.FEATURE_SET__VALUES:
				return ((InternalEList<?>)getValues()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.FEATURE_SET__ID:
				return getId();
			case ReviewPackage.FEATURE_SET__ENGINE:
				return getEngine();
			case ReviewPackage.FEATURE_SET__ENGINE_VERSION:
				return getEngineVersion();
			case ReviewPackage.FEATURE_SET__MODE:
				return getMode();
			case ReviewPackage.FEATURE_SET__SETTINGS:
				return getSettings();
			case ReviewPackage.FEATURE_SET__IMAGE_PATH:
				return getImagePath();
			case ReviewPackage.FEATURE_SET__MASK_PATH:
				return getMaskPath();
			case ReviewPackage.FEATURE_SET__LABEL:
				return getLabel();
			case ReviewPackage.FEATURE_SET__IMAGE_HASH:
				return getImageHash();
			case ReviewPackage.FEATURE_SET__MASK_HASH:
				return getMaskHash();
			case ReviewPackage.FEATURE_SET__CREATED_AT:
				return getCreatedAt();
			case ReviewPackage.FEATURE_SET__VALUES:
				return getValues();
			case ReviewPackage.FEATURE_SET__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
			case ReviewPackage.FEATURE_SET__SEGMENTATION:
				if (resolve) return getSegmentation();
				return basicGetSegmentation();
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
			case ReviewPackage.FEATURE_SET__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__ENGINE:
				setEngine((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__ENGINE_VERSION:
				setEngineVersion((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__MODE:
				setMode((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__SETTINGS:
				setSettings((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__IMAGE_PATH:
				setImagePath((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__MASK_PATH:
				setMaskPath((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__LABEL:
				setLabel((Integer)newValue);
				return;
			case ReviewPackage.FEATURE_SET__IMAGE_HASH:
				setImageHash((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__MASK_HASH:
				setMaskHash((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__CREATED_AT:
				setCreatedAt((String)newValue);
				return;
			case ReviewPackage.FEATURE_SET__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends FeatureValue>)newValue);
				return;
			case ReviewPackage.FEATURE_SET__IMAGE:
				setImage((ImageSeries)newValue);
				return;
			case ReviewPackage.FEATURE_SET__SEGMENTATION:
				setSegmentation((Segmentation)newValue);
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
			case ReviewPackage.FEATURE_SET__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__ENGINE:
				setEngine(ENGINE_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__ENGINE_VERSION:
				setEngineVersion(ENGINE_VERSION_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__SETTINGS:
				setSettings(SETTINGS_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__IMAGE_PATH:
				setImagePath(IMAGE_PATH_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__MASK_PATH:
				setMaskPath(MASK_PATH_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__LABEL:
				unsetLabel();
				return;
			case ReviewPackage.FEATURE_SET__IMAGE_HASH:
				setImageHash(IMAGE_HASH_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__MASK_HASH:
				setMaskHash(MASK_HASH_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case ReviewPackage.FEATURE_SET__VALUES:
				getValues().clear();
				return;
			case ReviewPackage.FEATURE_SET__IMAGE:
				setImage((ImageSeries)null);
				return;
			case ReviewPackage.FEATURE_SET__SEGMENTATION:
				setSegmentation((Segmentation)null);
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
			case ReviewPackage.FEATURE_SET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.FEATURE_SET__ENGINE:
				return ENGINE_EDEFAULT == null ? engine != null : !ENGINE_EDEFAULT.equals(engine);
			case ReviewPackage.FEATURE_SET__ENGINE_VERSION:
				return ENGINE_VERSION_EDEFAULT == null ? engineVersion != null : !ENGINE_VERSION_EDEFAULT.equals(engineVersion);
			case ReviewPackage.FEATURE_SET__MODE:
				return MODE_EDEFAULT == null ? mode != null : !MODE_EDEFAULT.equals(mode);
			case ReviewPackage.FEATURE_SET__SETTINGS:
				return SETTINGS_EDEFAULT == null ? settings != null : !SETTINGS_EDEFAULT.equals(settings);
			case ReviewPackage.FEATURE_SET__IMAGE_PATH:
				return IMAGE_PATH_EDEFAULT == null ? imagePath != null : !IMAGE_PATH_EDEFAULT.equals(imagePath);
			case ReviewPackage.FEATURE_SET__MASK_PATH:
				return MASK_PATH_EDEFAULT == null ? maskPath != null : !MASK_PATH_EDEFAULT.equals(maskPath);
			case ReviewPackage.FEATURE_SET__LABEL:
				return isSetLabel();
			case ReviewPackage.FEATURE_SET__IMAGE_HASH:
				return IMAGE_HASH_EDEFAULT == null ? imageHash != null : !IMAGE_HASH_EDEFAULT.equals(imageHash);
			case ReviewPackage.FEATURE_SET__MASK_HASH:
				return MASK_HASH_EDEFAULT == null ? maskHash != null : !MASK_HASH_EDEFAULT.equals(maskHash);
			case ReviewPackage.FEATURE_SET__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case ReviewPackage.FEATURE_SET__VALUES:
				return values != null && !values.isEmpty();
			case ReviewPackage.FEATURE_SET__IMAGE:
				return image != null;
			case ReviewPackage.FEATURE_SET__SEGMENTATION:
				return segmentation != null;
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
		result.append(", engine: ");
		result.append(engine);
		result.append(", engineVersion: ");
		result.append(engineVersion);
		result.append(", mode: ");
		result.append(mode);
		result.append(", settings: ");
		result.append(settings);
		result.append(", imagePath: ");
		result.append(imagePath);
		result.append(", maskPath: ");
		result.append(maskPath);
		result.append(", label: ");
		if (labelESet) result.append(label); else result.append("<unset>");
		result.append(", imageHash: ");
		result.append(imageHash);
		result.append(", maskHash: ");
		result.append(maskHash);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(')');
		return result.toString();
	}

} //FeatureSetImpl
