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

import org.radwb.model.Answer;
import org.radwb.model.Assessment;
import org.radwb.model.AssessmentKind;
import org.radwb.model.AssessmentStatus;
import org.radwb.model.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getChecklistId <em>Checklist Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getChecklistVersion <em>Checklist Version</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getRater <em>Rater</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.radwb.model.impl.AssessmentImpl#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends MinimalEObjectImpl.Container implements Assessment {
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
	 * The default value of the '{@link #getChecklistId() <em>Checklist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklistId()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECKLIST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecklistId() <em>Checklist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklistId()
	 * @generated
	 * @ordered
	 */
	protected String checklistId = CHECKLIST_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getChecklistVersion() <em>Checklist Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklistVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String CHECKLIST_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecklistVersion() <em>Checklist Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecklistVersion()
	 * @generated
	 * @ordered
	 */
	protected String checklistVersion = CHECKLIST_VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentKind KIND_EDEFAULT = AssessmentKind.RATER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected AssessmentKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentStatus STATUS_EDEFAULT = AssessmentStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected AssessmentStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected static final String MODIFIED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModifiedAt() <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModifiedAt()
	 * @generated
	 * @ordered
	 */
	protected String modifiedAt = MODIFIED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<Answer> answers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.ASSESSMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChecklistId() {
		return checklistId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecklistId(String newChecklistId) {
		String oldChecklistId = checklistId;
		checklistId = newChecklistId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__CHECKLIST_ID, oldChecklistId, checklistId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChecklistVersion() {
		return checklistVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecklistVersion(String newChecklistVersion) {
		String oldChecklistVersion = checklistVersion;
		checklistVersion = newChecklistVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__CHECKLIST_VERSION, oldChecklistVersion, checklistVersion));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__RATER, oldRater, rater));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(AssessmentKind newKind) {
		AssessmentKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(AssessmentStatus newStatus) {
		AssessmentStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModifiedAt() {
		return modifiedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModifiedAt(String newModifiedAt) {
		String oldModifiedAt = modifiedAt;
		modifiedAt = newModifiedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__MODIFIED_AT, oldModifiedAt, modifiedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.ASSESSMENT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Answer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<Answer>(Answer.class, this, ReviewPackage.ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.ASSESSMENT__ID:
				return getId();
			case ReviewPackage.ASSESSMENT__CHECKLIST_ID:
				return getChecklistId();
			case ReviewPackage.ASSESSMENT__CHECKLIST_VERSION:
				return getChecklistVersion();
			case ReviewPackage.ASSESSMENT__RATER:
				return getRater();
			case ReviewPackage.ASSESSMENT__KIND:
				return getKind();
			case ReviewPackage.ASSESSMENT__STATUS:
				return getStatus();
			case ReviewPackage.ASSESSMENT__MODIFIED_AT:
				return getModifiedAt();
			case ReviewPackage.ASSESSMENT__SOURCE:
				return getSource();
			case ReviewPackage.ASSESSMENT__ANSWERS:
				return getAnswers();
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
			case ReviewPackage.ASSESSMENT__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.ASSESSMENT__CHECKLIST_ID:
				setChecklistId((String)newValue);
				return;
			case ReviewPackage.ASSESSMENT__CHECKLIST_VERSION:
				setChecklistVersion((String)newValue);
				return;
			case ReviewPackage.ASSESSMENT__RATER:
				setRater((String)newValue);
				return;
			case ReviewPackage.ASSESSMENT__KIND:
				setKind((AssessmentKind)newValue);
				return;
			case ReviewPackage.ASSESSMENT__STATUS:
				setStatus((AssessmentStatus)newValue);
				return;
			case ReviewPackage.ASSESSMENT__MODIFIED_AT:
				setModifiedAt((String)newValue);
				return;
			case ReviewPackage.ASSESSMENT__SOURCE:
				setSource((String)newValue);
				return;
			case ReviewPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends Answer>)newValue);
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
			case ReviewPackage.ASSESSMENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__CHECKLIST_ID:
				setChecklistId(CHECKLIST_ID_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__CHECKLIST_VERSION:
				setChecklistVersion(CHECKLIST_VERSION_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__RATER:
				setRater(RATER_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__MODIFIED_AT:
				setModifiedAt(MODIFIED_AT_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ReviewPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
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
			case ReviewPackage.ASSESSMENT__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.ASSESSMENT__CHECKLIST_ID:
				return CHECKLIST_ID_EDEFAULT == null ? checklistId != null : !CHECKLIST_ID_EDEFAULT.equals(checklistId);
			case ReviewPackage.ASSESSMENT__CHECKLIST_VERSION:
				return CHECKLIST_VERSION_EDEFAULT == null ? checklistVersion != null : !CHECKLIST_VERSION_EDEFAULT.equals(checklistVersion);
			case ReviewPackage.ASSESSMENT__RATER:
				return RATER_EDEFAULT == null ? rater != null : !RATER_EDEFAULT.equals(rater);
			case ReviewPackage.ASSESSMENT__KIND:
				return kind != KIND_EDEFAULT;
			case ReviewPackage.ASSESSMENT__STATUS:
				return status != STATUS_EDEFAULT;
			case ReviewPackage.ASSESSMENT__MODIFIED_AT:
				return MODIFIED_AT_EDEFAULT == null ? modifiedAt != null : !MODIFIED_AT_EDEFAULT.equals(modifiedAt);
			case ReviewPackage.ASSESSMENT__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ReviewPackage.ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
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
		result.append(", checklistId: ");
		result.append(checklistId);
		result.append(", checklistVersion: ");
		result.append(checklistVersion);
		result.append(", rater: ");
		result.append(rater);
		result.append(", kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", modifiedAt: ");
		result.append(modifiedAt);
		result.append(", source: ");
		result.append(source);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
