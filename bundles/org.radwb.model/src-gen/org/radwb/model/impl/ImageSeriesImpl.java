/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.radwb.model.ImageSeries;
import org.radwb.model.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getScanner <em>Scanner</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getFieldStrength <em>Field Strength</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getTimePoint <em>Time Point</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getPath <em>Path</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getSeriesInstanceUid <em>Series Instance Uid</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getStudyInstanceUid <em>Study Instance Uid</em>}</li>
 *   <li>{@link org.radwb.model.impl.ImageSeriesImpl#getModality <em>Modality</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageSeriesImpl extends MinimalEObjectImpl.Container implements ImageSeries {
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
	 * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected static final String SEQUENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected String sequence = SEQUENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScanner() <em>Scanner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScanner()
	 * @generated
	 * @ordered
	 */
	protected static final String SCANNER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScanner() <em>Scanner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScanner()
	 * @generated
	 * @ordered
	 */
	protected String scanner = SCANNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getFieldStrength() <em>Field Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldStrength()
	 * @generated
	 * @ordered
	 */
	protected static final double FIELD_STRENGTH_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFieldStrength() <em>Field Strength</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldStrength()
	 * @generated
	 * @ordered
	 */
	protected double fieldStrength = FIELD_STRENGTH_EDEFAULT;

	/**
	 * This is true if the Field Strength attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fieldStrengthESet;

	/**
	 * The default value of the '{@link #getTimePoint() <em>Time Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimePoint()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_POINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimePoint() <em>Time Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimePoint()
	 * @generated
	 * @ordered
	 */
	protected String timePoint = TIME_POINT_EDEFAULT;

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
	 * The default value of the '{@link #getSeriesInstanceUid() <em>Series Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIES_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSeriesInstanceUid() <em>Series Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeriesInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String seriesInstanceUid = SERIES_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStudyInstanceUid() <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected static final String STUDY_INSTANCE_UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStudyInstanceUid() <em>Study Instance Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudyInstanceUid()
	 * @generated
	 * @ordered
	 */
	protected String studyInstanceUid = STUDY_INSTANCE_UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.IMAGE_SERIES;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(String newSequence) {
		String oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScanner() {
		return scanner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScanner(String newScanner) {
		String oldScanner = scanner;
		scanner = newScanner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__SCANNER, oldScanner, scanner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFieldStrength() {
		return fieldStrength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFieldStrength(double newFieldStrength) {
		double oldFieldStrength = fieldStrength;
		fieldStrength = newFieldStrength;
		boolean oldFieldStrengthESet = fieldStrengthESet;
		fieldStrengthESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__FIELD_STRENGTH, oldFieldStrength, fieldStrength, !oldFieldStrengthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFieldStrength() {
		double oldFieldStrength = fieldStrength;
		boolean oldFieldStrengthESet = fieldStrengthESet;
		fieldStrength = FIELD_STRENGTH_EDEFAULT;
		fieldStrengthESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.IMAGE_SERIES__FIELD_STRENGTH, oldFieldStrength, FIELD_STRENGTH_EDEFAULT, oldFieldStrengthESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFieldStrength() {
		return fieldStrengthESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimePoint() {
		return timePoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimePoint(String newTimePoint) {
		String oldTimePoint = timePoint;
		timePoint = newTimePoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__TIME_POINT, oldTimePoint, timePoint));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__PATH, oldPath, path));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSeriesInstanceUid() {
		return seriesInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeriesInstanceUid(String newSeriesInstanceUid) {
		String oldSeriesInstanceUid = seriesInstanceUid;
		seriesInstanceUid = newSeriesInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__SERIES_INSTANCE_UID, oldSeriesInstanceUid, seriesInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStudyInstanceUid() {
		return studyInstanceUid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudyInstanceUid(String newStudyInstanceUid) {
		String oldStudyInstanceUid = studyInstanceUid;
		studyInstanceUid = newStudyInstanceUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__STUDY_INSTANCE_UID, oldStudyInstanceUid, studyInstanceUid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.IMAGE_SERIES__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReviewPackage.IMAGE_SERIES__ID:
				return getId();
			case ReviewPackage.IMAGE_SERIES__SEQUENCE:
				return getSequence();
			case ReviewPackage.IMAGE_SERIES__SCANNER:
				return getScanner();
			case ReviewPackage.IMAGE_SERIES__FIELD_STRENGTH:
				return getFieldStrength();
			case ReviewPackage.IMAGE_SERIES__TIME_POINT:
				return getTimePoint();
			case ReviewPackage.IMAGE_SERIES__PATH:
				return getPath();
			case ReviewPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				return getSeriesInstanceUid();
			case ReviewPackage.IMAGE_SERIES__STUDY_INSTANCE_UID:
				return getStudyInstanceUid();
			case ReviewPackage.IMAGE_SERIES__MODALITY:
				return getModality();
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
			case ReviewPackage.IMAGE_SERIES__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__SEQUENCE:
				setSequence((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__SCANNER:
				setScanner((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__FIELD_STRENGTH:
				setFieldStrength((Double)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__TIME_POINT:
				setTimePoint((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__PATH:
				setPath((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				setSeriesInstanceUid((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__STUDY_INSTANCE_UID:
				setStudyInstanceUid((String)newValue);
				return;
			case ReviewPackage.IMAGE_SERIES__MODALITY:
				setModality((String)newValue);
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
			case ReviewPackage.IMAGE_SERIES__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__SCANNER:
				setScanner(SCANNER_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__FIELD_STRENGTH:
				unsetFieldStrength();
				return;
			case ReviewPackage.IMAGE_SERIES__TIME_POINT:
				setTimePoint(TIME_POINT_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__PATH:
				setPath(PATH_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				setSeriesInstanceUid(SERIES_INSTANCE_UID_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__STUDY_INSTANCE_UID:
				setStudyInstanceUid(STUDY_INSTANCE_UID_EDEFAULT);
				return;
			case ReviewPackage.IMAGE_SERIES__MODALITY:
				setModality(MODALITY_EDEFAULT);
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
			case ReviewPackage.IMAGE_SERIES__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.IMAGE_SERIES__SEQUENCE:
				return SEQUENCE_EDEFAULT == null ? sequence != null : !SEQUENCE_EDEFAULT.equals(sequence);
			case ReviewPackage.IMAGE_SERIES__SCANNER:
				return SCANNER_EDEFAULT == null ? scanner != null : !SCANNER_EDEFAULT.equals(scanner);
			case ReviewPackage.IMAGE_SERIES__FIELD_STRENGTH:
				return isSetFieldStrength();
			case ReviewPackage.IMAGE_SERIES__TIME_POINT:
				return TIME_POINT_EDEFAULT == null ? timePoint != null : !TIME_POINT_EDEFAULT.equals(timePoint);
			case ReviewPackage.IMAGE_SERIES__PATH:
				return PATH_EDEFAULT == null ? path != null : !PATH_EDEFAULT.equals(path);
			case ReviewPackage.IMAGE_SERIES__SERIES_INSTANCE_UID:
				return SERIES_INSTANCE_UID_EDEFAULT == null ? seriesInstanceUid != null : !SERIES_INSTANCE_UID_EDEFAULT.equals(seriesInstanceUid);
			case ReviewPackage.IMAGE_SERIES__STUDY_INSTANCE_UID:
				return STUDY_INSTANCE_UID_EDEFAULT == null ? studyInstanceUid != null : !STUDY_INSTANCE_UID_EDEFAULT.equals(studyInstanceUid);
			case ReviewPackage.IMAGE_SERIES__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
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
		result.append(", sequence: ");
		result.append(sequence);
		result.append(", scanner: ");
		result.append(scanner);
		result.append(", fieldStrength: ");
		if (fieldStrengthESet) result.append(fieldStrength); else result.append("<unset>");
		result.append(", timePoint: ");
		result.append(timePoint);
		result.append(", path: ");
		result.append(path);
		result.append(", seriesInstanceUid: ");
		result.append(seriesInstanceUid);
		result.append(", studyInstanceUid: ");
		result.append(studyInstanceUid);
		result.append(", modality: ");
		result.append(modality);
		result.append(')');
		return result.toString();
	}

} //ImageSeriesImpl
