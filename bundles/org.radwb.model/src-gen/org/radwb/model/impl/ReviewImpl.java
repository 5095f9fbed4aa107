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

import org.radwb.model.DatabaseSearch;
import org.radwb.model.PrismaFlow;
import org.radwb.model.Review;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Reviewer;
import org.radwb.model.Study;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getPopulation <em>Population</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getIntervention <em>Intervention</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getLicense <em>License</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getSearches <em>Searches</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getPrisma <em>Prisma</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getReviewers <em>Reviewers</em>}</li>
 *   <li>{@link org.radwb.model.impl.ReviewImpl#getStudies <em>Studies</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReviewImpl extends MinimalEObjectImpl.Container implements Review {
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
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final String QUESTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected String question = QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final String POPULATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulation()
	 * @generated
	 * @ordered
	 */
	protected String population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervention() <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERVENTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIntervention() <em>Intervention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervention()
	 * @generated
	 * @ordered
	 */
	protected String intervention = INTERVENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPARATOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected String comparator = COMPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutcome() <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutcome()
	 * @generated
	 * @ordered
	 */
	protected String outcome = OUTCOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getCitation() <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitation()
	 * @generated
	 * @ordered
	 */
	protected static final String CITATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCitation() <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitation()
	 * @generated
	 * @ordered
	 */
	protected String citation = CITATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getLicense() <em>License</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicense()
	 * @generated
	 * @ordered
	 */
	protected static final String LICENSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLicense() <em>License</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLicense()
	 * @generated
	 * @ordered
	 */
	protected String license = LICENSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSearches() <em>Searches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSearches()
	 * @generated
	 * @ordered
	 */
	protected EList<DatabaseSearch> searches;

	/**
	 * The cached value of the '{@link #getPrisma() <em>Prisma</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrisma()
	 * @generated
	 * @ordered
	 */
	protected PrismaFlow prisma;

	/**
	 * The cached value of the '{@link #getReviewers() <em>Reviewers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewers()
	 * @generated
	 * @ordered
	 */
	protected EList<Reviewer> reviewers;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<Study> studies;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.REVIEW;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(String newQuestion) {
		String oldQuestion = question;
		question = newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(String newPopulation) {
		String oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIntervention() {
		return intervention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervention(String newIntervention) {
		String oldIntervention = intervention;
		intervention = newIntervention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__INTERVENTION, oldIntervention, intervention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(String newComparator) {
		String oldComparator = comparator;
		comparator = newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOutcome() {
		return outcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutcome(String newOutcome) {
		String oldOutcome = outcome;
		outcome = newOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__OUTCOME, oldOutcome, outcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCitation() {
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCitation(String newCitation) {
		String oldCitation = citation;
		citation = newCitation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__CITATION, oldCitation, citation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLicense() {
		return license;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLicense(String newLicense) {
		String oldLicense = license;
		license = newLicense;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__LICENSE, oldLicense, license));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DatabaseSearch> getSearches() {
		if (searches == null) {
			searches = new EObjectContainmentEList<DatabaseSearch>(DatabaseSearch.class, this, ReviewPackage.REVIEW__SEARCHES);
		}
		return searches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PrismaFlow getPrisma() {
		return prisma;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPrisma(PrismaFlow newPrisma, NotificationChain msgs) {
		PrismaFlow oldPrisma = prisma;
		prisma = newPrisma;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__PRISMA, oldPrisma, newPrisma);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrisma(PrismaFlow newPrisma) {
		if (newPrisma != prisma) {
			NotificationChain msgs = null;
			if (prisma != null)
				msgs = ((InternalEObject)prisma).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__PRISMA, null, msgs);
			if (newPrisma != null)
				msgs = ((InternalEObject)newPrisma).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ReviewPackage.REVIEW__PRISMA, null, msgs);
			msgs = basicSetPrisma(newPrisma, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.REVIEW__PRISMA, newPrisma, newPrisma));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Reviewer> getReviewers() {
		if (reviewers == null) {
			reviewers = new EObjectContainmentEList<Reviewer>(Reviewer.class, this, ReviewPackage.REVIEW__REVIEWERS);
		}
		return reviewers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Study> getStudies() {
		if (studies == null) {
			studies = new EObjectContainmentEList<Study>(Study.class, this, ReviewPackage.REVIEW__STUDIES);
		}
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ReviewPackage.REVIEW__SEARCHES:
				return ((InternalEList<?>)getSearches()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__PRISMA:
				return basicSetPrisma(null, msgs);
			case ReviewPackage.REVIEW__REVIEWERS:
				return ((InternalEList<?>)getReviewers()).basicRemove(otherEnd, msgs);
			case ReviewPackage.REVIEW__STUDIES:
				return ((InternalEList<?>)getStudies()).basicRemove(otherEnd, msgs);
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
			case ReviewPackage.REVIEW__ID:
				return getId();
			case ReviewPackage.REVIEW__TITLE:
				return getTitle();
			case ReviewPackage.REVIEW__QUESTION:
				return getQuestion();
			case ReviewPackage.REVIEW__POPULATION:
				return getPopulation();
			case ReviewPackage.REVIEW__INTERVENTION:
				return getIntervention();
			case ReviewPackage.REVIEW__COMPARATOR:
				return getComparator();
			case ReviewPackage.REVIEW__OUTCOME:
				return getOutcome();
			case ReviewPackage.REVIEW__CITATION:
				return getCitation();
			case ReviewPackage.REVIEW__LICENSE:
				return getLicense();
			case ReviewPackage.REVIEW__NOTES:
				return getNotes();
			case ReviewPackage.REVIEW__SEARCHES:
				return getSearches();
			case ReviewPackage.REVIEW__PRISMA:
				return getPrisma();
			case ReviewPackage.REVIEW__REVIEWERS:
				return getReviewers();
			case ReviewPackage.REVIEW__STUDIES:
				return getStudies();
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
			case ReviewPackage.REVIEW__ID:
				setId((String)newValue);
				return;
			case ReviewPackage.REVIEW__TITLE:
				setTitle((String)newValue);
				return;
			case ReviewPackage.REVIEW__QUESTION:
				setQuestion((String)newValue);
				return;
			case ReviewPackage.REVIEW__POPULATION:
				setPopulation((String)newValue);
				return;
			case ReviewPackage.REVIEW__INTERVENTION:
				setIntervention((String)newValue);
				return;
			case ReviewPackage.REVIEW__COMPARATOR:
				setComparator((String)newValue);
				return;
			case ReviewPackage.REVIEW__OUTCOME:
				setOutcome((String)newValue);
				return;
			case ReviewPackage.REVIEW__CITATION:
				setCitation((String)newValue);
				return;
			case ReviewPackage.REVIEW__LICENSE:
				setLicense((String)newValue);
				return;
			case ReviewPackage.REVIEW__NOTES:
				setNotes((String)newValue);
				return;
			case ReviewPackage.REVIEW__SEARCHES:
				getSearches().clear();
				getSearches().addAll((Collection<? extends DatabaseSearch>)newValue);
				return;
			case ReviewPackage.REVIEW__PRISMA:
				setPrisma((PrismaFlow)newValue);
				return;
			case ReviewPackage.REVIEW__REVIEWERS:
				getReviewers().clear();
				getReviewers().addAll((Collection<? extends Reviewer>)newValue);
				return;
			case ReviewPackage.REVIEW__STUDIES:
				getStudies().clear();
				getStudies().addAll((Collection<? extends Study>)newValue);
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
			case ReviewPackage.REVIEW__ID:
				setId(ID_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__INTERVENTION:
				setIntervention(INTERVENTION_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__COMPARATOR:
				setComparator(COMPARATOR_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__OUTCOME:
				setOutcome(OUTCOME_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__CITATION:
				setCitation(CITATION_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__LICENSE:
				setLicense(LICENSE_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__NOTES:
				setNotes(NOTES_EDEFAULT);
				return;
			case ReviewPackage.REVIEW__SEARCHES:
				getSearches().clear();
				return;
			case ReviewPackage.REVIEW__PRISMA:
				setPrisma((PrismaFlow)null);
				return;
			case ReviewPackage.REVIEW__REVIEWERS:
				getReviewers().clear();
				return;
			case ReviewPackage.REVIEW__STUDIES:
				getStudies().clear();
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
			case ReviewPackage.REVIEW__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ReviewPackage.REVIEW__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ReviewPackage.REVIEW__QUESTION:
				return QUESTION_EDEFAULT == null ? question != null : !QUESTION_EDEFAULT.equals(question);
			case ReviewPackage.REVIEW__POPULATION:
				return POPULATION_EDEFAULT == null ? population != null : !POPULATION_EDEFAULT.equals(population);
			case ReviewPackage.REVIEW__INTERVENTION:
				return INTERVENTION_EDEFAULT == null ? intervention != null : !INTERVENTION_EDEFAULT.equals(intervention);
			case ReviewPackage.REVIEW__COMPARATOR:
				return COMPARATOR_EDEFAULT == null ? comparator != null : !COMPARATOR_EDEFAULT.equals(comparator);
			case ReviewPackage.REVIEW__OUTCOME:
				return OUTCOME_EDEFAULT == null ? outcome != null : !OUTCOME_EDEFAULT.equals(outcome);
			case ReviewPackage.REVIEW__CITATION:
				return CITATION_EDEFAULT == null ? citation != null : !CITATION_EDEFAULT.equals(citation);
			case ReviewPackage.REVIEW__LICENSE:
				return LICENSE_EDEFAULT == null ? license != null : !LICENSE_EDEFAULT.equals(license);
			case ReviewPackage.REVIEW__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
			case ReviewPackage.REVIEW__SEARCHES:
				return searches != null && !searches.isEmpty();
			case ReviewPackage.REVIEW__PRISMA:
				return prisma != null;
			case ReviewPackage.REVIEW__REVIEWERS:
				return reviewers != null && !reviewers.isEmpty();
			case ReviewPackage.REVIEW__STUDIES:
				return studies != null && !studies.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", question: ");
		result.append(question);
		result.append(", population: ");
		result.append(population);
		result.append(", intervention: ");
		result.append(intervention);
		result.append(", comparator: ");
		result.append(comparator);
		result.append(", outcome: ");
		result.append(outcome);
		result.append(", citation: ");
		result.append(citation);
		result.append(", license: ");
		result.append(license);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ReviewImpl
