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
import org.radwb.model.ImageSeries;
import org.radwb.model.Lesion;
import org.radwb.model.Patient;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Sex;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Patient</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getAge <em>Age</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getKps <em>Kps</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getPrimaryCancer <em>Primary Cancer</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#isExtracranialDisease <em>Extracranial Disease</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getSystemicTherapy <em>Systemic Therapy</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getDicomPatientId <em>Dicom Patient Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getLesions <em>Lesions</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getImages <em>Images</em>}</li>
 *   <li>{@link org.radwb.model.impl.PatientImpl#getFeatureSets <em>Feature Sets</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PatientImpl extends MinimalEObjectImpl.Container implements Patient {
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
	 * The default value of the '{@link #getAge() <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAge()
	 * @generated
	 * @ordered
	 */
	protected static final double AGE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAge() <em>Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAge()
	 * @generated
	 * @ordered
	 */
	protected double age = AGE_EDEFAULT;

	/**
	 * This is true if the Age attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean ageESet;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.NOT_REPORTED;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getKps() <em>Kps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKps()
	 * @generated
	 * @ordered
	 */
	protected static final int KPS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getKps() <em>Kps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKps()
	 * @generated
	 * @ordered
	 */
	protected int kps = KPS_EDEFAULT;

	/**
	 * This is true if the Kps attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kpsESet;

	/**
	 * The default value of the '{@link #getPrimaryCancer() <em>Primary Cancer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryCancer()
	 * @generated
	 * @ordered
	 */
	protected static final String PRIMARY_CANCER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrimaryCancer() <em>Primary Cancer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrimaryCancer()
	 * @generated
	 * @ordered
	 */
	protected String primaryCancer = PRIMARY_CANCER_EDEFAULT;

	/**
	 * The default value of the '{@link #isExtracranialDisease() <em>Extracranial Disease</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExtracranialDisease()
	 * @generated
	 * @ordered
	 */
	protected static final boolean EXTRACRANIAL_DISEASE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isExtracranialDisease() <em>Extracranial Disease</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isExtracranialDisease()
	 * @generated
	 * @ordered
	 */
	protected boolean extracranialDisease = EXTRACRANIAL_DISEASE_EDEFAULT;

	/**
	 * This is true if the Extracranial Disease attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean extracranialDiseaseESet;

	/**
	 * The default value of the '{@link #getSystemicTherapy() <em>Systemic Therapy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemicTherapy()
	 * @generated
	 * @ordered
	 */
	protected static final String SYSTEMIC_THERAPY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSystemicTherapy() <em>Systemic Therapy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemicTherapy()
	 * @generated
	 * @ordered
	 */
	protected String systemicTherapy = SYSTEMIC_THERAPY_EDEFAULT;

	/**
	 * The default value of the '{@link #getDicomPatientId() <em>Dicom Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomPatientId()
	 * @generated
	 * @ordered
	 */
	protected static final String DICOM_PATIENT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDicomPatientId() <em>Dicom Patient Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDicomPatientId()
	 * @generated
	 * @ordered
	 */
	protected String dicomPatientId = DICOM_PATIENT_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLesions() <em>Lesions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLesions()
	 * @generated
	 * @ordered
	 */
	protected EList<Lesion> lesions;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<ImageSeries> images;

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
	protected PatientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.PATIENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAge() {
		return age;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAge(double newAge) {
		double oldAge = age;
		age = newAge;
		boolean oldAgeESet = ageESet;
		ageESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__AGE, oldAge, age, !oldAgeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAge() {
		double oldAge = age;
		boolean oldAgeESet = ageESet;
		age = AGE_EDEFAULT;
		ageESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PATIENT__AGE, oldAge, AGE_EDEFAULT, oldAgeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAge() {
		return ageESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__SEX, oldSex, sex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getKps() {
		return kps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKps(int newKps) {
		int oldKps = kps;
		kps = newKps;
		boolean oldKpsESet = kpsESet;
		kpsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__KPS, oldKps, kps, !oldKpsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKps() {
		int oldKps = kps;
		boolean oldKpsESet = kpsESet;
		kps = KPS_EDEFAULT;
		kpsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PATIENT__KPS, oldKps, KPS_EDEFAULT, oldKpsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKps() {
		return kpsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrimaryCancer() {
		return primaryCancer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrimaryCancer(String newPrimaryCancer) {
		String oldPrimaryCancer = primaryCancer;
		primaryCancer = newPrimaryCancer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__PRIMARY_CANCER, oldPrimaryCancer, primaryCancer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isExtracranialDisease() {
		return extracranialDisease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtracranialDisease(boolean newExtracranialDisease) {
		boolean oldExtracranialDisease = extracranialDisease;
		extracranialDisease = newExtracranialDisease;
		boolean oldExtracranialDiseaseESet = extracranialDiseaseESet;
		extracranialDiseaseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__EXTRACRANIAL_DISEASE, oldExtracranialDisease, extracranialDisease, !oldExtracranialDiseaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetExtracranialDisease() {
		boolean oldExtracranialDisease = extracranialDisease;
		boolean oldExtracranialDiseaseESet = extracranialDiseaseESet;
		extracranialDisease = EXTRACRANIAL_DISEASE_EDEFAULT;
		extracranialDiseaseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PATIENT__EXTRACRANIAL_DISEASE, oldExtracranialDisease, EXTRACRANIAL_DISEASE_EDEFAULT, oldExtracranialDiseaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetExtracranialDisease() {
		return extracranialDiseaseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSystemicTherapy() {
		return systemicTherapy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemicTherapy(String newSystemicTherapy) {
		String oldSystemicTherapy = systemicTherapy;
		systemicTherapy = newSystemicTherapy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__SYSTEMIC_THERAPY, oldSystemicTherapy, systemicTherapy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDicomPatientId() {
		return dicomPatientId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDicomPatientId(String newDicomPatientId) {
		String oldDicomPatientId = dicomPatientId;
		dicomPatientId = newDicomPatientId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PATIENT__DICOM_PATIENT_ID, oldDicomPatientId, dicomPatientId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lesion> getLesions() {
		if (lesions == null) {
			lesions = new EObjectContainmentEList<Lesion>(Lesion.class, this, ReviewPackage.PATIENT__LESIONS);
		}
		return lesions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImageSeries> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<ImageSeries>(ImageSeries.class, this, ReviewPackage.PATIENT__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FeatureSet> getFeatureSets() {
		if (featureSets == null) {
			featureSets = new EObjectContainmentEList<FeatureSet>(FeatureSet.class, this, ReviewPackage.PATIENT__FEATURE_SETS);
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
			case ReviewPackage.PATIENT__LESIONS:
				return ((InternalEList<?>)getLesions()).basicRemove(otherEnd, msgs);
			case ReviewPackage.PATIENT__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
			case ReviewPackage.PATIENT__FEATURE_SETS:
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
			case ReviewPackage.PATIENT__ID:
				return getId();
			case ReviewPackage.PATIENT__AGE:
				return getAge();
			case ReviewPackage.PATIENT__SEX:
				return getSex();
			case ReviewPackage.PATIENT__KPS:
				return getKps();
			case ReviewPackage.PATIENT__PRIMARY_CANCER:
				return getPrimaryCancer();
			case ReviewPackage.PATIENT__EXTRACRANIAL_DISEASE:
				return isExtracranialDisease();
			case ReviewPackage.PATIENT__SYSTEMIC_THERAPY:
				return getSystemicTherapy();
			case ReviewPackage.PATIENT__DICOM_PATIENT_ID:
				return getDicomPatientId();
			case ReviewPackage.PATIENT__LESIONS:
				return getLesions();
			case ReviewPackage.PATIENT__IMAGES:
				return getImages();
			case ReviewPackage.PATIENT__FEATURE_SETS:
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
			case ReviewPackage.PATIENT__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.PATIENT__AGE:
				setAge((Double)newValue);
				return;
			case ReviewPackage.PATIENT__SEX:
				setSex((Sex)newValue);
				return;
			case ReviewPackage.PATIENT__KPS:
				setKps((Integer)newValue);
				return;
			case ReviewPackage.PATIENT__PRIMARY_CANCER:
				setPrimaryCancer((String)newValue);
				return;
			case ReviewPackage.PATIENT__EXTRACRANIAL_DISEASE:
				setExtracranialDisease((Boolean)newValue);
				return;
			case ReviewPackage.PATIENT__SYSTEMIC_THERAPY:
				setSystemicTherapy((String)newValue);
				return;
			case ReviewPackage.PATIENT__DICOM_PATIENT_ID:
				setDicomPatientId((String)newValue);
				return;
			case ReviewPackage.PATIENT__LESIONS:
				getLesions().clear();
				getLesions().addAll((Collection<? extends Lesion>)newValue);
				return;
			case ReviewPackage.PATIENT__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends ImageSeries>)newValue);
				return;
			case ReviewPackage.PATIENT__FEATURE_SETS:
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
			case ReviewPackage.PATIENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.PATIENT__AGE:
				unsetAge();
				return;
			case ReviewPackage.PATIENT__SEX:
				setSex(SEX_EDEFAULT);
				return;
			case ReviewPackage.PATIENT__KPS:
				unsetKps();
				return;
			case ReviewPackage.PATIENT__PRIMARY_CANCER:
				setPrimaryCancer(PRIMARY_CANCER_EDEFAULT);
				return;
			case ReviewPackage.PATIENT__EXTRACRANIAL_DISEASE:
				unsetExtracranialDisease();
				return;
			case ReviewPackage.PATIENT__SYSTEMIC_THERAPY:
				setSystemicTherapy(SYSTEMIC_THERAPY_EDEFAULT);
				return;
			case ReviewPackage.PATIENT__DICOM_PATIENT_ID:
				setDicomPatientId(DICOM_PATIENT_ID_EDEFAULT);
				return;
			case ReviewPackage.PATIENT__LESIONS:
				getLesions().clear();
				return;
			case ReviewPackage.PATIENT__IMAGES:
				getImages().clear();
				return;
			case ReviewPackage.PATIENT__FEATURE_SETS:
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
			case ReviewPackage.PATIENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.PATIENT__AGE:
				return isSetAge();
			case ReviewPackage.PATIENT__SEX:
				return sex != SEX_EDEFAULT;
			case ReviewPackage.PATIENT__KPS:
				return isSetKps();
			case ReviewPackage.PATIENT__PRIMARY_CANCER:
				return PRIMARY_CANCER_EDEFAULT == null ? primaryCancer != null : !PRIMARY_CANCER_EDEFAULT.equals(primaryCancer);
			case ReviewPackage.PATIENT__EXTRACRANIAL_DISEASE:
				return isSetExtracranialDisease();
			case ReviewPackage.PATIENT__SYSTEMIC_THERAPY:
				return SYSTEMIC_THERAPY_EDEFAULT == null ? systemicTherapy != null : !SYSTEMIC_THERAPY_EDEFAULT.equals(systemicTherapy);
			case ReviewPackage.PATIENT__DICOM_PATIENT_ID:
				return DICOM_PATIENT_ID_EDEFAULT == null ? dicomPatientId != null : !DICOM_PATIENT_ID_EDEFAULT.equals(dicomPatientId);
			case ReviewPackage.PATIENT__LESIONS:
				return lesions != null && !lesions.isEmpty();
			case ReviewPackage.PATIENT__IMAGES:
				return images != null && !images.isEmpty();
			case ReviewPackage.PATIENT__FEATURE_SETS:
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
		result.append(", age: ");
		if (ageESet) result.append(age); else result.append("<unset>");
		result.append(", sex: ");
		result.append(sex);
		result.append(", kps: ");
		if (kpsESet) result.append(kps); else result.append("<unset>");
		result.append(", primaryCancer: ");
		result.append(primaryCancer);
		result.append(", extracranialDisease: ");
		if (extracranialDiseaseESet) result.append(extracranialDisease); else result.append("<unset>");
		result.append(", systemicTherapy: ");
		result.append(systemicTherapy);
		result.append(", dicomPatientId: ");
		result.append(dicomPatientId);
		result.append(')');
		return result.toString();
	}

} //PatientImpl
