/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One appraisal of a study with a quality checklist by a rater, or the consensus of several.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.Assessment#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getChecklistId <em>Checklist Id</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getChecklistVersion <em>Checklist Version</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getRater <em>Rater</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getStatus <em>Status</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getModifiedAt <em>Modified At</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getSource <em>Source</em>}</li>
 *   <li>{@link org.radwb.model.Assessment#getAnswers <em>Answers</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getAssessment_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Checklist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklist Id</em>' attribute.
	 * @see #setChecklistId(String)
	 * @see org.radwb.model.ReviewPackage#getAssessment_ChecklistId()
	 * @model
	 * @generated
	 */
	String getChecklistId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getChecklistId <em>Checklist Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checklist Id</em>' attribute.
	 * @see #getChecklistId()
	 * @generated
	 */
	void setChecklistId(String value);

	/**
	 * Returns the value of the '<em><b>Checklist Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checklist Version</em>' attribute.
	 * @see #setChecklistVersion(String)
	 * @see org.radwb.model.ReviewPackage#getAssessment_ChecklistVersion()
	 * @model
	 * @generated
	 */
	String getChecklistVersion();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getChecklistVersion <em>Checklist Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checklist Version</em>' attribute.
	 * @see #getChecklistVersion()
	 * @generated
	 */
	void setChecklistVersion(String value);

	/**
	 * Returns the value of the '<em><b>Rater</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rater</em>' attribute.
	 * @see #setRater(String)
	 * @see org.radwb.model.ReviewPackage#getAssessment_Rater()
	 * @model
	 * @generated
	 */
	String getRater();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getRater <em>Rater</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rater</em>' attribute.
	 * @see #getRater()
	 * @generated
	 */
	void setRater(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.AssessmentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.radwb.model.AssessmentKind
	 * @see #setKind(AssessmentKind)
	 * @see org.radwb.model.ReviewPackage#getAssessment_Kind()
	 * @model
	 * @generated
	 */
	AssessmentKind getKind();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.radwb.model.AssessmentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AssessmentKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.AssessmentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.radwb.model.AssessmentStatus
	 * @see #setStatus(AssessmentStatus)
	 * @see org.radwb.model.ReviewPackage#getAssessment_Status()
	 * @model
	 * @generated
	 */
	AssessmentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.radwb.model.AssessmentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(AssessmentStatus value);

	/**
	 * Returns the value of the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modified At</em>' attribute.
	 * @see #setModifiedAt(String)
	 * @see org.radwb.model.ReviewPackage#getAssessment_ModifiedAt()
	 * @model
	 * @generated
	 */
	String getModifiedAt();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getModifiedAt <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified At</em>' attribute.
	 * @see #getModifiedAt()
	 * @generated
	 */
	void setModifiedAt(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.radwb.model.ReviewPackage#getAssessment_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.radwb.model.Assessment#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

} // Assessment
