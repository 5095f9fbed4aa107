/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.radwb.model.ImageSeries;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Segmentation;
import org.radwb.model.SegmentationMethod;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Segmentation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getRater <em>Rater</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getSopInstanceUid <em>Sop Instance Uid</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getRoiNumber <em>Roi Number</em>}</li>
 *   <li>{@link org.radwb.model.impl.SegmentationImpl#getImage <em>Image</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SegmentationImpl extends MinimalEObjectImpl.Container implements Segmentation {
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
	 * The default value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected static final String PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPath() <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPath()
	 * @generated
	 * @ordered
	 */
	protected String path = PATH_EDEFAULT;

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
	 * The default value of the '{@link #getRater() <em>Rater</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRater()
	 * @generated
	 * @ordered
	 */
	protected static final String RATER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRater() <em>Rater</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRater()
	 * @generated
	 * @ordered
	 */
	protected String rater = RATER_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final SegmentationMethod METHOD_EDEFAULT = SegmentationMethod.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected SegmentationMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSopInstanceUid() <em>Sop Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSopInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String SOP_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSopInstanceUid() <em>Sop Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSopInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String sopInstanceUid = SOP_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getRoiNumber() <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int ROI_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRoiNumber() <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiNumber()
	 * @generated
	 * @ordered
	 */
	protected int roiNumber = ROI_NUMBER_EDEFAULT;

	/**
	 * This is true if the Roi Number attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean roiNumberESet;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SegmentationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.SEGMENTATION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPath() {
		return path;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPath(String newPath) {
		String oldPath = path;
		path = newPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__PATH, oldPath, path));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__LABEL, oldLabel, label, !oldLabelESet));
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
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.SEGMENTATION__LABEL, oldLabel, LABEL_EDEFAULT, oldLabelESet));
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
	public String getRater() {
		return rater;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRater(String newRater) {
		String oldRater = rater;
		rater = newRater;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__RATER, oldRater, rater));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SegmentationMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(SegmentationMethod newMethod) {
		SegmentationMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSopInstanceUid() {
		return sopInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSopInstanceUid(String newSopInstanceUid) {
		String oldSopInstanceUid = sopInstanceUid;
		sopInstanceUid = newSopInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__SOP_INSTANCE_UID, oldSopInstanceUid, sopInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRoiNumber() {
		return roiNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoiNumber(int newRoiNumber) {
		int oldRoiNumber = roiNumber;
		roiNumber = newRoiNumber;
		boolean oldRoiNumberESet = roiNumberESet;
		roiNumberESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__ROI_NUMBER, oldRoiNumber, roiNumber, !oldRoiNumberESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRoiNumber() {
		int oldRoiNumber = roiNumber;
		boolean oldRoiNumberESet = roiNumberESet;
		roiNumber = ROI_NUMBER_EDEFAULT;
		roiNumberESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.SEGMENTATION__ROI_NUMBER, oldRoiNumber, ROI_NUMBER_EDEFAULT, oldRoiNumberESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRoiNumber() {
		return roiNumberESet;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ReviewPackage.SEGMENTATION__IMAGE, oldImage, image));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.SEGMENTATION__IMAGE, oldImage, image));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReviewPackage.SEGMENTATION__ID:
				return getId();
			case ReviewPackage.SEGMENTATION__PATH:
				return getPath();
			case ReviewPackage.SEGMENTATION__LABEL:
				return getLabel();
			case ReviewPackage.SEGMENTATION__RATER:
				return getRater();
			case ReviewPackage.SEGMENTATION__METHOD:
				return getMethod();
			case ReviewPackage.SEGMENTATION__SOP_INSTANCE_UID:
				return getSopInstanceUid();
			case ReviewPackage.SEGMENTATION__ROI_NUMBER:
				return getRoiNumber();
			case ReviewPackage.SEGMENTATION__IMAGE:
				if (resolve) return getImage();
				return basicGetImage();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReviewPackage.SEGMENTATION__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.SEGMENTATION__PATH:
				setPath((String)newValue);
				return;
			case ReviewPackage.SEGMENTATION__LABEL:
				setLabel((Integer)newValue);
				return;
			case ReviewPackage.SEGMENTATION__RATER:
				setRater((String)newValue);
				return;
			case ReviewPackage.SEGMENTATION__METHOD:
				setMethod((SegmentationMethod)newValue);
				return;
			case ReviewPackage.SEGMENTATION__SOP_INSTANCE_UID:
				setSopInstanceUid((String)newValue);
				return;
			case ReviewPackage.SEGMENTATION__ROI_NUMBER:
				setRoiNumber((Integer)newValue);
				return;
			case ReviewPackage.SEGMENTATION__IMAGE:
				setImage((ImageSeries)newValue);
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
			case ReviewPackage.SEGMENTATION__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.SEGMENTATION__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ReviewPackage.SEGMENTATION__LABEL:
				unsetLabel();
				return;
			case ReviewPackage.SEGMENTATION__RATER:
				setRater(RATER_EDEFAULT);
				return;
			case ReviewPackage.SEGMENTATION__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ReviewPackage.SEGMENTATION__SOP_INSTANCE_UID:
				setSopInstanceUid(SOP_INSTANCE_UID_EDEFAULT);
				return;
			case ReviewPackage.SEGMENTATION__ROI_NUMBER:
				unsetRoiNumber();
				return;
			case ReviewPackage.SEGMENTATION__IMAGE:
				setImage((ImageSeries)null);
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
			case ReviewPackage.SEGMENTATION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.SEGMENTATION__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ReviewPackage.SEGMENTATION__LABEL:
				return isSetLabel();
			case ReviewPackage.SEGMENTATION__RATER:
				return RATER_EDEFAULT == null ? rater != null : !RATER_EDEFAULT.equals(rater);
			case ReviewPackage.SEGMENTATION__METHOD:
				return method != METHOD_EDEFAULT;
			case ReviewPackage.SEGMENTATION__SOP_INSTANCE_UID:
				return SOP_INSTANCE_UID_EDEFAULT == null ? sopInstanceUid != null : !SOP_INSTANCE_UID_EDEFAULT.equals(sopInstanceUid);
			case ReviewPackage.SEGMENTATION__ROI_NUMBER:
				return isSetRoiNumber();
			case ReviewPackage.SEGMENTATION__IMAGE:
				return image != null;
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
		result.append(", path: ");
		result.append(path);
		result.append(", label: ");
		if (labelESet) result.append(label); else result.append("<unset>");
		result.append(", rater: ");
		result.append(rater);
		result.append(", method: ");
		result.append(method);
		result.append(", sopInstanceUid: ");
		result.append(sopInstanceUid);
		result.append(", roiNumber: ");
		if (roiNumberESet) result.append(roiNumber); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //SegmentationImpl
