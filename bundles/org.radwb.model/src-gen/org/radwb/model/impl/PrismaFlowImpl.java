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

import org.radwb.model.Exclusion;
import org.radwb.model.PrismaFlow;
import org.radwb.model.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prisma Flow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getDuplicatesRemoved <em>Duplicates Removed</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getOtherRemoved <em>Other Removed</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getRecordsScreened <em>Records Screened</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getReportsSought <em>Reports Sought</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getReportsNotRetrieved <em>Reports Not Retrieved</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getReportsAssessed <em>Reports Assessed</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getStudiesIncluded <em>Studies Included</em>}</li>
 *   <li>{@link org.radwb.model.impl.PrismaFlowImpl#getExclusions <em>Exclusions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrismaFlowImpl extends MinimalEObjectImpl.Container implements PrismaFlow {
	/**
	 * The default value of the '{@link #getDuplicatesRemoved() <em>Duplicates Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicatesRemoved()
	 * @generated
	 * @ordered
	 */
	protected static final int DUPLICATES_REMOVED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDuplicatesRemoved() <em>Duplicates Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDuplicatesRemoved()
	 * @generated
	 * @ordered
	 */
	protected int duplicatesRemoved = DUPLICATES_REMOVED_EDEFAULT;

	/**
	 * This is true if the Duplicates Removed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean duplicatesRemovedESet;

	/**
	 * The default value of the '{@link #getOtherRemoved() <em>Other Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherRemoved()
	 * @generated
	 * @ordered
	 */
	protected static final int OTHER_REMOVED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOtherRemoved() <em>Other Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOtherRemoved()
	 * @generated
	 * @ordered
	 */
	protected int otherRemoved = OTHER_REMOVED_EDEFAULT;

	/**
	 * This is true if the Other Removed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean otherRemovedESet;

	/**
	 * The default value of the '{@link #getRecordsScreened() <em>Records Screened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordsScreened()
	 * @generated
	 * @ordered
	 */
	protected static final int RECORDS_SCREENED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecordsScreened() <em>Records Screened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordsScreened()
	 * @generated
	 * @ordered
	 */
	protected int recordsScreened = RECORDS_SCREENED_EDEFAULT;

	/**
	 * This is true if the Records Screened attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean recordsScreenedESet;

	/**
	 * The default value of the '{@link #getReportsSought() <em>Reports Sought</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsSought()
	 * @generated
	 * @ordered
	 */
	protected static final int REPORTS_SOUGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReportsSought() <em>Reports Sought</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsSought()
	 * @generated
	 * @ordered
	 */
	protected int reportsSought = REPORTS_SOUGHT_EDEFAULT;

	/**
	 * This is true if the Reports Sought attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean reportsSoughtESet;

	/**
	 * The default value of the '{@link #getReportsNotRetrieved() <em>Reports Not Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsNotRetrieved()
	 * @generated
	 * @ordered
	 */
	protected static final int REPORTS_NOT_RETRIEVED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReportsNotRetrieved() <em>Reports Not Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsNotRetrieved()
	 * @generated
	 * @ordered
	 */
	protected int reportsNotRetrieved = REPORTS_NOT_RETRIEVED_EDEFAULT;

	/**
	 * This is true if the Reports Not Retrieved attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean reportsNotRetrievedESet;

	/**
	 * The default value of the '{@link #getReportsAssessed() <em>Reports Assessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsAssessed()
	 * @generated
	 * @ordered
	 */
	protected static final int REPORTS_ASSESSED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReportsAssessed() <em>Reports Assessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReportsAssessed()
	 * @generated
	 * @ordered
	 */
	protected int reportsAssessed = REPORTS_ASSESSED_EDEFAULT;

	/**
	 * This is true if the Reports Assessed attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean reportsAssessedESet;

	/**
	 * The default value of the '{@link #getStudiesIncluded() <em>Studies Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudiesIncluded()
	 * @generated
	 * @ordered
	 */
	protected static final int STUDIES_INCLUDED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStudiesIncluded() <em>Studies Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudiesIncluded()
	 * @generated
	 * @ordered
	 */
	protected int studiesIncluded = STUDIES_INCLUDED_EDEFAULT;

	/**
	 * This is true if the Studies Included attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean studiesIncludedESet;

	/**
	 * The cached value of the '{@link #getExclusions() <em>Exclusions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusions()
	 * @generated
	 * @ordered
	 */
	protected EList<Exclusion> exclusions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrismaFlowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.PRISMA_FLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDuplicatesRemoved() {
		return duplicatesRemoved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDuplicatesRemoved(int newDuplicatesRemoved) {
		int oldDuplicatesRemoved = duplicatesRemoved;
		duplicatesRemoved = newDuplicatesRemoved;
		boolean oldDuplicatesRemovedESet = duplicatesRemovedESet;
		duplicatesRemovedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__DUPLICATES_REMOVED, oldDuplicatesRemoved, duplicatesRemoved, !oldDuplicatesRemovedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDuplicatesRemoved() {
		int oldDuplicatesRemoved = duplicatesRemoved;
		boolean oldDuplicatesRemovedESet = duplicatesRemovedESet;
		duplicatesRemoved = DUPLICATES_REMOVED_EDEFAULT;
		duplicatesRemovedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__DUPLICATES_REMOVED, oldDuplicatesRemoved, DUPLICATES_REMOVED_EDEFAULT, oldDuplicatesRemovedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDuplicatesRemoved() {
		return duplicatesRemovedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOtherRemoved() {
		return otherRemoved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOtherRemoved(int newOtherRemoved) {
		int oldOtherRemoved = otherRemoved;
		otherRemoved = newOtherRemoved;
		boolean oldOtherRemovedESet = otherRemovedESet;
		otherRemovedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__OTHER_REMOVED, oldOtherRemoved, otherRemoved, !oldOtherRemovedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetOtherRemoved() {
		int oldOtherRemoved = otherRemoved;
		boolean oldOtherRemovedESet = otherRemovedESet;
		otherRemoved = OTHER_REMOVED_EDEFAULT;
		otherRemovedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__OTHER_REMOVED, oldOtherRemoved, OTHER_REMOVED_EDEFAULT, oldOtherRemovedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetOtherRemoved() {
		return otherRemovedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecordsScreened() {
		return recordsScreened;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordsScreened(int newRecordsScreened) {
		int oldRecordsScreened = recordsScreened;
		recordsScreened = newRecordsScreened;
		boolean oldRecordsScreenedESet = recordsScreenedESet;
		recordsScreenedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__RECORDS_SCREENED, oldRecordsScreened, recordsScreened, !oldRecordsScreenedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRecordsScreened() {
		int oldRecordsScreened = recordsScreened;
		boolean oldRecordsScreenedESet = recordsScreenedESet;
		recordsScreened = RECORDS_SCREENED_EDEFAULT;
		recordsScreenedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__RECORDS_SCREENED, oldRecordsScreened, RECORDS_SCREENED_EDEFAULT, oldRecordsScreenedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRecordsScreened() {
		return recordsScreenedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReportsSought() {
		return reportsSought;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsSought(int newReportsSought) {
		int oldReportsSought = reportsSought;
		reportsSought = newReportsSought;
		boolean oldReportsSoughtESet = reportsSoughtESet;
		reportsSoughtESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__REPORTS_SOUGHT, oldReportsSought, reportsSought, !oldReportsSoughtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReportsSought() {
		int oldReportsSought = reportsSought;
		boolean oldReportsSoughtESet = reportsSoughtESet;
		reportsSought = REPORTS_SOUGHT_EDEFAULT;
		reportsSoughtESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__REPORTS_SOUGHT, oldReportsSought, REPORTS_SOUGHT_EDEFAULT, oldReportsSoughtESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReportsSought() {
		return reportsSoughtESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReportsNotRetrieved() {
		return reportsNotRetrieved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsNotRetrieved(int newReportsNotRetrieved) {
		int oldReportsNotRetrieved = reportsNotRetrieved;
		reportsNotRetrieved = newReportsNotRetrieved;
		boolean oldReportsNotRetrievedESet = reportsNotRetrievedESet;
		reportsNotRetrievedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__REPORTS_NOT_RETRIEVED, oldReportsNotRetrieved, reportsNotRetrieved, !oldReportsNotRetrievedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReportsNotRetrieved() {
		int oldReportsNotRetrieved = reportsNotRetrieved;
		boolean oldReportsNotRetrievedESet = reportsNotRetrievedESet;
		reportsNotRetrieved = REPORTS_NOT_RETRIEVED_EDEFAULT;
		reportsNotRetrievedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__REPORTS_NOT_RETRIEVED, oldReportsNotRetrieved, REPORTS_NOT_RETRIEVED_EDEFAULT, oldReportsNotRetrievedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReportsNotRetrieved() {
		return reportsNotRetrievedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReportsAssessed() {
		return reportsAssessed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReportsAssessed(int newReportsAssessed) {
		int oldReportsAssessed = reportsAssessed;
		reportsAssessed = newReportsAssessed;
		boolean oldReportsAssessedESet = reportsAssessedESet;
		reportsAssessedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__REPORTS_ASSESSED, oldReportsAssessed, reportsAssessed, !oldReportsAssessedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetReportsAssessed() {
		int oldReportsAssessed = reportsAssessed;
		boolean oldReportsAssessedESet = reportsAssessedESet;
		reportsAssessed = REPORTS_ASSESSED_EDEFAULT;
		reportsAssessedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__REPORTS_ASSESSED, oldReportsAssessed, REPORTS_ASSESSED_EDEFAULT, oldReportsAssessedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetReportsAssessed() {
		return reportsAssessedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStudiesIncluded() {
		return studiesIncluded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStudiesIncluded(int newStudiesIncluded) {
		int oldStudiesIncluded = studiesIncluded;
		studiesIncluded = newStudiesIncluded;
		boolean oldStudiesIncludedESet = studiesIncludedESet;
		studiesIncludedESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.PRISMA_FLOW__STUDIES_INCLUDED, oldStudiesIncluded, studiesIncluded, !oldStudiesIncludedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetStudiesIncluded() {
		int oldStudiesIncluded = studiesIncluded;
		boolean oldStudiesIncludedESet = studiesIncludedESet;
		studiesIncluded = STUDIES_INCLUDED_EDEFAULT;
		studiesIncludedESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.PRISMA_FLOW__STUDIES_INCLUDED, oldStudiesIncluded, STUDIES_INCLUDED_EDEFAULT, oldStudiesIncludedESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetStudiesIncluded() {
		return studiesIncludedESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Exclusion> getExclusions() {
		if (exclusions == null) {
			exclusions = new EObjectContainmentEList<Exclusion>(Exclusion.class, this, ReviewPackage.PRISMA_FLOW__EXCLUSIONS);
		}
		return exclusions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.PRISMA_FLOW__EXCLUSIONS:
				return ((InternalEList<?>)getExclusions()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.PRISMA_FLOW__DUPLICATES_REMOVED:
				return getDuplicatesRemoved();
			case ReviewPackage.PRISMA_FLOW__OTHER_REMOVED:
				return getOtherRemoved();
			case ReviewPackage.PRISMA_FLOW__RECORDS_SCREENED:
				return getRecordsScreened();
			case ReviewPackage.PRISMA_FLOW__REPORTS_SOUGHT:
				return getReportsSought();
			case ReviewPackage.PRISMA_FLOW__REPORTS_NOT_RETRIEVED:
				return getReportsNotRetrieved();
			case ReviewPackage.PRISMA_FLOW__REPORTS_ASSESSED:
				return getReportsAssessed();
			case ReviewPackage.PRISMA_FLOW__STUDIES_INCLUDED:
				return getStudiesIncluded();
			case ReviewPackage.PRISMA_FLOW__EXCLUSIONS:
				return getExclusions();
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
			case ReviewPackage.PRISMA_FLOW__DUPLICATES_REMOVED:
				setDuplicatesRemoved((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__OTHER_REMOVED:
				setOtherRemoved((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__RECORDS_SCREENED:
				setRecordsScreened((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__REPORTS_SOUGHT:
				setReportsSought((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__REPORTS_NOT_RETRIEVED:
				setReportsNotRetrieved((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__REPORTS_ASSESSED:
				setReportsAssessed((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__STUDIES_INCLUDED:
				setStudiesIncluded((Integer)newValue);
				return;
			case ReviewPackage.PRISMA_FLOW__EXCLUSIONS:
				getExclusions().clear();
				getExclusions().addAll((Collection<? extends Exclusion>)newValue);
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
			case ReviewPackage.PRISMA_FLOW__DUPLICATES_REMOVED:
				unsetDuplicatesRemoved();
				return;
			case ReviewPackage.PRISMA_FLOW__OTHER_REMOVED:
				unsetOtherRemoved();
				return;
			case ReviewPackage.PRISMA_FLOW__RECORDS_SCREENED:
				unsetRecordsScreened();
				return;
			case ReviewPackage.PRISMA_FLOW__REPORTS_SOUGHT:
				unsetReportsSought();
				return;
			case ReviewPackage.PRISMA_FLOW__REPORTS_NOT_RETRIEVED:
				unsetReportsNotRetrieved();
				return;
			case ReviewPackage.PRISMA_FLOW__REPORTS_ASSESSED:
				unsetReportsAssessed();
				return;
			case ReviewPackage.PRISMA_FLOW__STUDIES_INCLUDED:
				unsetStudiesIncluded();
				return;
			case ReviewPackage.PRISMA_FLOW__EXCLUSIONS:
				getExclusions().clear();
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
			case ReviewPackage.PRISMA_FLOW__DUPLICATES_REMOVED:
				return isSetDuplicatesRemoved();
			case ReviewPackage.PRISMA_FLOW__OTHER_REMOVED:
				return isSetOtherRemoved();
			case ReviewPackage.PRISMA_FLOW__RECORDS_SCREENED:
				return isSetRecordsScreened();
			case ReviewPackage.PRISMA_FLOW__REPORTS_SOUGHT:
				return isSetReportsSought();
			case ReviewPackage.PRISMA_FLOW__REPORTS_NOT_RETRIEVED:
				return isSetReportsNotRetrieved();
			case ReviewPackage.PRISMA_FLOW__REPORTS_ASSESSED:
				return isSetReportsAssessed();
			case ReviewPackage.PRISMA_FLOW__STUDIES_INCLUDED:
				return isSetStudiesIncluded();
			case ReviewPackage.PRISMA_FLOW__EXCLUSIONS:
				return exclusions != null && !exclusions.isEmpty();
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
		result.append(" (duplicatesRemoved: ");
		if (duplicatesRemovedESet) result.append(duplicatesRemoved); else result.append("<unset>");
		result.append(", otherRemoved: ");
		if (otherRemovedESet) result.append(otherRemoved); else result.append("<unset>");
		result.append(", recordsScreened: ");
		if (recordsScreenedESet) result.append(recordsScreened); else result.append("<unset>");
		result.append(", reportsSought: ");
		if (reportsSoughtESet) result.append(reportsSought); else result.append("<unset>");
		result.append(", reportsNotRetrieved: ");
		if (reportsNotRetrievedESet) result.append(reportsNotRetrieved); else result.append("<unset>");
		result.append(", reportsAssessed: ");
		if (reportsAssessedESet) result.append(reportsAssessed); else result.append("<unset>");
		result.append(", studiesIncluded: ");
		if (studiesIncludedESet) result.append(studiesIncluded); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //PrismaFlowImpl
