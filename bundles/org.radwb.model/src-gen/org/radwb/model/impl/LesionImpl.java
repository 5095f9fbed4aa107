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
import org.radwb.model.Lesion;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Segmentation;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lesion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getVolumeCc <em>Volume Cc</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getIsodoseLinePercent <em>Isodose Line Percent</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getFractions <em>Fractions</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#isLocalFailure <em>Local Failure</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getTimeToEventMonths <em>Time To Event Months</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#isCensored <em>Censored</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getRoiName <em>Roi Name</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getSegmentations <em>Segmentations</em>}</li>
 *   <li>{@link org.radwb.model.impl.LesionImpl#getFeatureSets <em>Feature Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LesionImpl extends MinimalEObjectImpl.Container implements Lesion {
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
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumeCc() <em>Volume Cc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeCc()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_CC_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumeCc() <em>Volume Cc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumeCc()
	 * @generated
	 * @ordered
	 */
	protected double volumeCc = VOLUME_CC_EDEFAULT;

	/**
	 * This is true if the Volume Cc attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean volumeCcESet;

	/**
	 * The default value of the '{@link #getPrescriptionDoseGy() <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriptionDoseGy()
	 * @generated
	 * @ordered
	 */
	protected static final double PRESCRIPTION_DOSE_GY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPrescriptionDoseGy() <em>Prescription Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriptionDoseGy()
	 * @generated
	 * @ordered
	 */
	protected double prescriptionDoseGy = PRESCRIPTION_DOSE_GY_EDEFAULT;

	/**
	 * This is true if the Prescription Dose Gy attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean prescriptionDoseGyESet;

	/**
	 * The default value of the '{@link #getIsodoseLinePercent() <em>Isodose Line Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsodoseLinePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double ISODOSE_LINE_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getIsodoseLinePercent() <em>Isodose Line Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsodoseLinePercent()
	 * @generated
	 * @ordered
	 */
	protected double isodoseLinePercent = ISODOSE_LINE_PERCENT_EDEFAULT;

	/**
	 * This is true if the Isodose Line Percent attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean isodoseLinePercentESet;

	/**
	 * The default value of the '{@link #getFractions() <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFractions()
	 * @generated
	 * @ordered
	 */
	protected static final int FRACTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFractions() <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFractions()
	 * @generated
	 * @ordered
	 */
	protected int fractions = FRACTIONS_EDEFAULT;

	/**
	 * This is true if the Fractions attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean fractionsESet;

	/**
	 * The default value of the '{@link #isLocalFailure() <em>Local Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocalFailure()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCAL_FAILURE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLocalFailure() <em>Local Failure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocalFailure()
	 * @generated
	 * @ordered
	 */
	protected boolean localFailure = LOCAL_FAILURE_EDEFAULT;

	/**
	 * This is true if the Local Failure attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean localFailureESet;

	/**
	 * The default value of the '{@link #getTimeToEventMonths() <em>Time To Event Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeToEventMonths()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_TO_EVENT_MONTHS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTimeToEventMonths() <em>Time To Event Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeToEventMonths()
	 * @generated
	 * @ordered
	 */
	protected double timeToEventMonths = TIME_TO_EVENT_MONTHS_EDEFAULT;

	/**
	 * This is true if the Time To Event Months attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean timeToEventMonthsESet;

	/**
	 * The default value of the '{@link #isCensored() <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCensored()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CENSORED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCensored() <em>Censored</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCensored()
	 * @generated
	 * @ordered
	 */
	protected boolean censored = CENSORED_EDEFAULT;

	/**
	 * This is true if the Censored attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean censoredESet;

	/**
	 * The default value of the '{@link #getRoiName() <em>Roi Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiName()
	 * @generated
	 * @ordered
	 */
	protected static final String ROI_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRoiName() <em>Roi Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiName()
	 * @generated
	 * @ordered
	 */
	protected String roiName = ROI_NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSegmentations() <em>Segmentations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSegmentations()
	 * @generated
	 * @ordered
	 */
	protected EList<Segmentation> segmentations;

	/**
	 * The cached value of the '{@link #getFeatureSets() <em>Feature Sets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureSets()
	 * @generated
	 * @ordered
	 */
	protected EList<FeatureSet> featureSets;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LesionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.LESION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumeCc() {
		return volumeCc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumeCc(double newVolumeCc) {
		double oldVolumeCc = volumeCc;
		volumeCc = newVolumeCc;
		boolean oldVolumeCcESet = volumeCcESet;
		volumeCcESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__VOLUME_CC, oldVolumeCc, volumeCc, !oldVolumeCcESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetVolumeCc() {
		double oldVolumeCc = volumeCc;
		boolean oldVolumeCcESet = volumeCcESet;
		volumeCc = VOLUME_CC_EDEFAULT;
		volumeCcESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__VOLUME_CC, oldVolumeCc, VOLUME_CC_EDEFAULT, oldVolumeCcESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetVolumeCc() {
		return volumeCcESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPrescriptionDoseGy() {
		return prescriptionDoseGy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrescriptionDoseGy(double newPrescriptionDoseGy) {
		double oldPrescriptionDoseGy = prescriptionDoseGy;
		prescriptionDoseGy = newPrescriptionDoseGy;
		boolean oldPrescriptionDoseGyESet = prescriptionDoseGyESet;
		prescriptionDoseGyESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__PRESCRIPTION_DOSE_GY, oldPrescriptionDoseGy, prescriptionDoseGy, !oldPrescriptionDoseGyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPrescriptionDoseGy() {
		double oldPrescriptionDoseGy = prescriptionDoseGy;
		boolean oldPrescriptionDoseGyESet = prescriptionDoseGyESet;
		prescriptionDoseGy = PRESCRIPTION_DOSE_GY_EDEFAULT;
		prescriptionDoseGyESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__PRESCRIPTION_DOSE_GY, oldPrescriptionDoseGy, PRESCRIPTION_DOSE_GY_EDEFAULT, oldPrescriptionDoseGyESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPrescriptionDoseGy() {
		return prescriptionDoseGyESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getIsodoseLinePercent() {
		return isodoseLinePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsodoseLinePercent(double newIsodoseLinePercent) {
		double oldIsodoseLinePercent = isodoseLinePercent;
		isodoseLinePercent = newIsodoseLinePercent;
		boolean oldIsodoseLinePercentESet = isodoseLinePercentESet;
		isodoseLinePercentESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__ISODOSE_LINE_PERCENT, oldIsodoseLinePercent, isodoseLinePercent, !oldIsodoseLinePercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetIsodoseLinePercent() {
		double oldIsodoseLinePercent = isodoseLinePercent;
		boolean oldIsodoseLinePercentESet = isodoseLinePercentESet;
		isodoseLinePercent = ISODOSE_LINE_PERCENT_EDEFAULT;
		isodoseLinePercentESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__ISODOSE_LINE_PERCENT, oldIsodoseLinePercent, ISODOSE_LINE_PERCENT_EDEFAULT, oldIsodoseLinePercentESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetIsodoseLinePercent() {
		return isodoseLinePercentESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFractions() {
		return fractions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFractions(int newFractions) {
		int oldFractions = fractions;
		fractions = newFractions;
		boolean oldFractionsESet = fractionsESet;
		fractionsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__FRACTIONS, oldFractions, fractions, !oldFractionsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFractions() {
		int oldFractions = fractions;
		boolean oldFractionsESet = fractionsESet;
		fractions = FRACTIONS_EDEFAULT;
		fractionsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__FRACTIONS, oldFractions, FRACTIONS_EDEFAULT, oldFractionsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFractions() {
		return fractionsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocalFailure() {
		return localFailure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocalFailure(boolean newLocalFailure) {
		boolean oldLocalFailure = localFailure;
		localFailure = newLocalFailure;
		boolean oldLocalFailureESet = localFailureESet;
		localFailureESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__LOCAL_FAILURE, oldLocalFailure, localFailure, !oldLocalFailureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLocalFailure() {
		boolean oldLocalFailure = localFailure;
		boolean oldLocalFailureESet = localFailureESet;
		localFailure = LOCAL_FAILURE_EDEFAULT;
		localFailureESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__LOCAL_FAILURE, oldLocalFailure, LOCAL_FAILURE_EDEFAULT, oldLocalFailureESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLocalFailure() {
		return localFailureESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTimeToEventMonths() {
		return timeToEventMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeToEventMonths(double newTimeToEventMonths) {
		double oldTimeToEventMonths = timeToEventMonths;
		timeToEventMonths = newTimeToEventMonths;
		boolean oldTimeToEventMonthsESet = timeToEventMonthsESet;
		timeToEventMonthsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__TIME_TO_EVENT_MONTHS, oldTimeToEventMonths, timeToEventMonths, !oldTimeToEventMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTimeToEventMonths() {
		double oldTimeToEventMonths = timeToEventMonths;
		boolean oldTimeToEventMonthsESet = timeToEventMonthsESet;
		timeToEventMonths = TIME_TO_EVENT_MONTHS_EDEFAULT;
		timeToEventMonthsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__TIME_TO_EVENT_MONTHS, oldTimeToEventMonths, TIME_TO_EVENT_MONTHS_EDEFAULT, oldTimeToEventMonthsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTimeToEventMonths() {
		return timeToEventMonthsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCensored() {
		return censored;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCensored(boolean newCensored) {
		boolean oldCensored = censored;
		censored = newCensored;
		boolean oldCensoredESet = censoredESet;
		censoredESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__CENSORED, oldCensored, censored, !oldCensoredESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCensored() {
		boolean oldCensored = censored;
		boolean oldCensoredESet = censoredESet;
		censored = CENSORED_EDEFAULT;
		censoredESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.LESION__CENSORED, oldCensored, CENSORED_EDEFAULT, oldCensoredESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCensored() {
		return censoredESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRoiName() {
		return roiName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoiName(String newRoiName) {
		String oldRoiName = roiName;
		roiName = newRoiName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.LESION__ROI_NAME, oldRoiName, roiName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Segmentation> getSegmentations() {
		if (segmentations == null) {
			segmentations = new EObjectContainmentEList<Segmentation>(Segmentation.class, this, ReviewPackage.LESION__SEGMENTATIONS);
		}
		return segmentations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeatureSet> getFeatureSets() {
		if (featureSets == null) {
			featureSets = new EObjectContainmentEList<FeatureSet>(FeatureSet.class, this, ReviewPackage.LESION__FEATURE_SETS);
		}
		return featureSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.LESION__SEGMENTATIONS:
				return ((InternalEList<?>)getSegmentations()).basicRemove(otherEnd, msgs);
			case ReviewPackage.LESION__FEATURE_SETS:
				return ((InternalEList<?>)getFeatureSets()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.LESION__ID:
				return getId();
			case ReviewPackage.LESION__LOCATION:
				return getLocation();
			case ReviewPackage.LESION__VOLUME_CC:
				return getVolumeCc();
			case ReviewPackage.LESION__PRESCRIPTION_DOSE_GY:
				return getPrescriptionDoseGy();
			case ReviewPackage.LESION__ISODOSE_LINE_PERCENT:
				return getIsodoseLinePercent();
			case ReviewPackage.LESION__FRACTIONS:
				return getFractions();
			case ReviewPackage.LESION__LOCAL_FAILURE:
				return isLocalFailure();
			case ReviewPackage.LESION__TIME_TO_EVENT_MONTHS:
				return getTimeToEventMonths();
			case ReviewPackage.LESION__CENSORED:
				return isCensored();
			case ReviewPackage.LESION__ROI_NAME:
				return getRoiName();
			case ReviewPackage.LESION__SEGMENTATIONS:
				return getSegmentations();
			case ReviewPackage.LESION__FEATURE_SETS:
				return getFeatureSets();
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
			case ReviewPackage.LESION__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.LESION__LOCATION:
				setLocation((String)newValue);
				return;
			case ReviewPackage.LESION__VOLUME_CC:
				setVolumeCc((Double)newValue);
				return;
			case ReviewPackage.LESION__PRESCRIPTION_DOSE_GY:
				setPrescriptionDoseGy((Double)newValue);
				return;
			case ReviewPackage.LESION__ISODOSE_LINE_PERCENT:
				setIsodoseLinePercent((Double)newValue);
				return;
			case ReviewPackage.LESION__FRACTIONS:
				setFractions((Integer)newValue);
				return;
			case ReviewPackage.LESION__LOCAL_FAILURE:
				setLocalFailure((Boolean)newValue);
				return;
			case ReviewPackage.LESION__TIME_TO_EVENT_MONTHS:
				setTimeToEventMonths((Double)newValue);
				return;
			case ReviewPackage.LESION__CENSORED:
				setCensored((Boolean)newValue);
				return;
			case ReviewPackage.LESION__ROI_NAME:
				setRoiName((String)newValue);
				return;
			case ReviewPackage.LESION__SEGMENTATIONS:
				getSegmentations().clear();
				getSegmentations().addAll((Collection<? extends Segmentation>)newValue);
				return;
			case ReviewPackage.LESION__FEATURE_SETS:
				getFeatureSets().clear();
				getFeatureSets().addAll((Collection<? extends FeatureSet>)newValue);
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
			case ReviewPackage.LESION__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.LESION__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case ReviewPackage.LESION__VOLUME_CC:
				unsetVolumeCc();
				return;
			case ReviewPackage.LESION__PRESCRIPTION_DOSE_GY:
				unsetPrescriptionDoseGy();
				return;
			case ReviewPackage.LESION__ISODOSE_LINE_PERCENT:
				unsetIsodoseLinePercent();
				return;
			case ReviewPackage.LESION__FRACTIONS:
				unsetFractions();
				return;
			case ReviewPackage.LESION__LOCAL_FAILURE:
				unsetLocalFailure();
				return;
			case ReviewPackage.LESION__TIME_TO_EVENT_MONTHS:
				unsetTimeToEventMonths();
				return;
			case ReviewPackage.LESION__CENSORED:
				unsetCensored();
				return;
			case ReviewPackage.LESION__ROI_NAME:
				setRoiName(ROI_NAME_EDEFAULT);
				return;
			case ReviewPackage.LESION__SEGMENTATIONS:
				getSegmentations().clear();
				return;
			case ReviewPackage.LESION__FEATURE_SETS:
				getFeatureSets().clear();
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
			case ReviewPackage.LESION__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.LESION__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case ReviewPackage.LESION__VOLUME_CC:
				return isSetVolumeCc();
			case ReviewPackage.LESION__PRESCRIPTION_DOSE_GY:
				return isSetPrescriptionDoseGy();
			case ReviewPackage.LESION__ISODOSE_LINE_PERCENT:
				return isSetIsodoseLinePercent();
			case ReviewPackage.LESION__FRACTIONS:
				return isSetFractions();
			case ReviewPackage.LESION__LOCAL_FAILURE:
				return isSetLocalFailure();
			case ReviewPackage.LESION__TIME_TO_EVENT_MONTHS:
				return isSetTimeToEventMonths();
			case ReviewPackage.LESION__CENSORED:
				return isSetCensored();
			case ReviewPackage.LESION__ROI_NAME:
				return ROI_NAME_EDEFAULT == null ? roiName != null : !ROI_NAME_EDEFAULT.equals(roiName);
			case ReviewPackage.LESION__SEGMENTATIONS:
				return segmentations != null && !segmentations.isEmpty();
			case ReviewPackage.LESION__FEATURE_SETS:
				return featureSets != null && !featureSets.isEmpty();
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
		result.append(", location: ");
		result.append(location);
		result.append(", volumeCc: ");
		if (volumeCcESet) result.append(volumeCc); else result.append("<unset>");
		result.append(", prescriptionDoseGy: ");
		if (prescriptionDoseGyESet) result.append(prescriptionDoseGy); else result.append("<unset>");
		result.append(", isodoseLinePercent: ");
		if (isodoseLinePercentESet) result.append(isodoseLinePercent); else result.append("<unset>");
		result.append(", fractions: ");
		if (fractionsESet) result.append(fractions); else result.append("<unset>");
		result.append(", localFailure: ");
		if (localFailureESet) result.append(localFailure); else result.append("<unset>");
		result.append(", timeToEventMonths: ");
		if (timeToEventMonthsESet) result.append(timeToEventMonths); else result.append("<unset>");
		result.append(", censored: ");
		if (censoredESet) result.append(censored); else result.append("<unset>");
		result.append(", roiName: ");
		result.append(roiName);
		result.append(')');
		return result.toString();
	}

} //LesionImpl
