/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A systematic review project: question, search, PRISMA flow, reviewers and the included studies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.Review#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.Review#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.model.Review#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.radwb.model.Review#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.radwb.model.Review#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.radwb.model.Review#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.radwb.model.Review#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.radwb.model.Review#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.radwb.model.Review#getLicense <em>License</em>}</li>
 *   <li>{@link org.radwb.model.Review#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.radwb.model.Review#getSearches <em>Searches</em>}</li>
 *   <li>{@link org.radwb.model.Review#getPrisma <em>Prisma</em>}</li>
 *   <li>{@link org.radwb.model.Review#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link org.radwb.model.Review#getStudies <em>Studies</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getReview()
 * @model
 * @generated
 */
public interface Review extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see #setQuestion(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Question()
	 * @model
	 * @generated
	 */
	String getQuestion();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(String value);

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Population()
	 * @model
	 * @generated
	 */
	String getPopulation();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #getPopulation()
	 * @generated
	 */
	void setPopulation(String value);

	/**
	 * Returns the value of the '<em><b>Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Intervention</em>' attribute.
	 * @see #setIntervention(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Intervention()
	 * @model
	 * @generated
	 */
	String getIntervention();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getIntervention <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intervention</em>' attribute.
	 * @see #getIntervention()
	 * @generated
	 */
	void setIntervention(String value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see #setComparator(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Comparator()
	 * @model
	 * @generated
	 */
	String getComparator();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see #setOutcome(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Outcome()
	 * @model
	 * @generated
	 */
	String getOutcome();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(String value);

	/**
	 * Returns the value of the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citation</em>' attribute.
	 * @see #setCitation(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Citation()
	 * @model
	 * @generated
	 */
	String getCitation();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getCitation <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation</em>' attribute.
	 * @see #getCitation()
	 * @generated
	 */
	void setCitation(String value);

	/**
	 * Returns the value of the '<em><b>License</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>License</em>' attribute.
	 * @see #setLicense(String)
	 * @see org.radwb.model.ReviewPackage#getReview_License()
	 * @model
	 * @generated
	 */
	String getLicense();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getLicense <em>License</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>License</em>' attribute.
	 * @see #getLicense()
	 * @generated
	 */
	void setLicense(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.radwb.model.ReviewPackage#getReview_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

	/**
	 * Returns the value of the '<em><b>Searches</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.DatabaseSearch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Searches</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getReview_Searches()
	 * @model containment="true"
	 * @generated
	 */
	EList<DatabaseSearch> getSearches();

	/**
	 * Returns the value of the '<em><b>Prisma</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prisma</em>' containment reference.
	 * @see #setPrisma(PrismaFlow)
	 * @see org.radwb.model.ReviewPackage#getReview_Prisma()
	 * @model containment="true"
	 * @generated
	 */
	PrismaFlow getPrisma();

	/**
	 * Sets the value of the '{@link org.radwb.model.Review#getPrisma <em>Prisma</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prisma</em>' containment reference.
	 * @see #getPrisma()
	 * @generated
	 */
	void setPrisma(PrismaFlow value);

	/**
	 * Returns the value of the '<em><b>Reviewers</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Reviewer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewers</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getReview_Reviewers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Reviewer> getReviewers();

	/**
	 * Returns the value of the '<em><b>Studies</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Study}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Studies</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getReview_Studies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Study> getStudies();

} // Review
