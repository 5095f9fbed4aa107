/**
 */
package org.radwb.checklist.model.impl;

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

import org.radwb.checklist.model.Checklist;
import org.radwb.checklist.model.ChecklistPackage;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.ScoreBand;
import org.radwb.checklist.model.ScoringMethod;
import org.radwb.checklist.model.Section;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getPercentDenominator <em>Percent Denominator</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#isFloorPercentAtZero <em>Floor Percent At Zero</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getPercentDecimals <em>Percent Decimals</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ChecklistImpl#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistImpl extends MinimalEObjectImpl.Container implements Checklist {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getScoring() <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected static final ScoringMethod SCORING_EDEFAULT = ScoringMethod.POINTS;

	/**
	 * The cached value of the '{@link #getScoring() <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoring()
	 * @generated
	 * @ordered
	 */
	protected ScoringMethod scoring = SCORING_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentDenominator() <em>Percent Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentDenominator()
	 * @generated
	 * @ordered
	 */
	protected static final double PERCENT_DENOMINATOR_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getPercentDenominator() <em>Percent Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentDenominator()
	 * @generated
	 * @ordered
	 */
	protected double percentDenominator = PERCENT_DENOMINATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #isFloorPercentAtZero() <em>Floor Percent At Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFloorPercentAtZero()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FLOOR_PERCENT_AT_ZERO_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFloorPercentAtZero() <em>Floor Percent At Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFloorPercentAtZero()
	 * @generated
	 * @ordered
	 */
	protected boolean floorPercentAtZero = FLOOR_PERCENT_AT_ZERO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentDecimals() <em>Percent Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentDecimals()
	 * @generated
	 * @ordered
	 */
	protected static final int PERCENT_DECIMALS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getPercentDecimals() <em>Percent Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentDecimals()
	 * @generated
	 * @ordered
	 */
	protected int percentDecimals = PERCENT_DECIMALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> conditions;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoreBand> bands;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChecklistPackage.Literals.CHECKLIST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__VERSION, oldVersion, version));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__CITATION, oldCitation, citation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringMethod getScoring() {
		return scoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoring(ScoringMethod newScoring) {
		ScoringMethod oldScoring = scoring;
		scoring = newScoring == null ? SCORING_EDEFAULT : newScoring;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__SCORING, oldScoring, scoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPercentDenominator() {
		return percentDenominator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentDenominator(double newPercentDenominator) {
		double oldPercentDenominator = percentDenominator;
		percentDenominator = newPercentDenominator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__PERCENT_DENOMINATOR, oldPercentDenominator, percentDenominator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFloorPercentAtZero() {
		return floorPercentAtZero;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFloorPercentAtZero(boolean newFloorPercentAtZero) {
		boolean oldFloorPercentAtZero = floorPercentAtZero;
		floorPercentAtZero = newFloorPercentAtZero;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__FLOOR_PERCENT_AT_ZERO, oldFloorPercentAtZero, floorPercentAtZero));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPercentDecimals() {
		return percentDecimals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentDecimals(int newPercentDecimals) {
		int oldPercentDecimals = percentDecimals;
		percentDecimals = newPercentDecimals;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.CHECKLIST__PERCENT_DECIMALS, oldPercentDecimals, percentDecimals));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getConditions() {
		if (conditions == null) {
			conditions = new EObjectContainmentEList<Condition>(Condition.class, this, ChecklistPackage.CHECKLIST__CONDITIONS);
		}
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, ChecklistPackage.CHECKLIST__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, ChecklistPackage.CHECKLIST__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoreBand> getBands() {
		if (bands == null) {
			bands = new EObjectContainmentEList<ScoreBand>(ScoreBand.class, this, ChecklistPackage.CHECKLIST__BANDS);
		}
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChecklistPackage.CHECKLIST__CONDITIONS:
				return ((InternalEList<?>)getConditions()).basicRemove(otherEnd, msgs);
			case ChecklistPackage.CHECKLIST__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case ChecklistPackage.CHECKLIST__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case ChecklistPackage.CHECKLIST__BANDS:
				return ((InternalEList<?>)getBands()).basicRemove(otherEnd, msgs);
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
			case ChecklistPackage.CHECKLIST__ID:
				return getId();
			case ChecklistPackage.CHECKLIST__VERSION:
				return getVersion();
			case ChecklistPackage.CHECKLIST__TITLE:
				return getTitle();
			case ChecklistPackage.CHECKLIST__CITATION:
				return getCitation();
			case ChecklistPackage.CHECKLIST__DESCRIPTION:
				return getDescription();
			case ChecklistPackage.CHECKLIST__SCORING:
				return getScoring();
			case ChecklistPackage.CHECKLIST__PERCENT_DENOMINATOR:
				return getPercentDenominator();
			case ChecklistPackage.CHECKLIST__FLOOR_PERCENT_AT_ZERO:
				return isFloorPercentAtZero();
			case ChecklistPackage.CHECKLIST__PERCENT_DECIMALS:
				return getPercentDecimals();
			case ChecklistPackage.CHECKLIST__CONDITIONS:
				return getConditions();
			case ChecklistPackage.CHECKLIST__DOMAINS:
				return getDomains();
			case ChecklistPackage.CHECKLIST__SECTIONS:
				return getSections();
			case ChecklistPackage.CHECKLIST__BANDS:
				return getBands();
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
			case ChecklistPackage.CHECKLIST__ID:
				setId((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST__VERSION:
				setVersion((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST__TITLE:
				setTitle((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST__CITATION:
				setCitation((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ChecklistPackage.CHECKLIST__SCORING:
				setScoring((ScoringMethod)newValue);
				return;
			case ChecklistPackage.CHECKLIST__PERCENT_DENOMINATOR:
				setPercentDenominator((Double)newValue);
				return;
			case ChecklistPackage.CHECKLIST__FLOOR_PERCENT_AT_ZERO:
				setFloorPercentAtZero((Boolean)newValue);
				return;
			case ChecklistPackage.CHECKLIST__PERCENT_DECIMALS:
				setPercentDecimals((Integer)newValue);
				return;
			case ChecklistPackage.CHECKLIST__CONDITIONS:
				getConditions().clear();
				getConditions().addAll((Collection<? extends Condition>)newValue);
				return;
			case ChecklistPackage.CHECKLIST__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case ChecklistPackage.CHECKLIST__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case ChecklistPackage.CHECKLIST__BANDS:
				getBands().clear();
				getBands().addAll((Collection<? extends ScoreBand>)newValue);
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
			case ChecklistPackage.CHECKLIST__ID:
				setId(ID_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__CITATION:
				setCitation(CITATION_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__SCORING:
				setScoring(SCORING_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__PERCENT_DENOMINATOR:
				setPercentDenominator(PERCENT_DENOMINATOR_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__FLOOR_PERCENT_AT_ZERO:
				setFloorPercentAtZero(FLOOR_PERCENT_AT_ZERO_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__PERCENT_DECIMALS:
				setPercentDecimals(PERCENT_DECIMALS_EDEFAULT);
				return;
			case ChecklistPackage.CHECKLIST__CONDITIONS:
				getConditions().clear();
				return;
			case ChecklistPackage.CHECKLIST__DOMAINS:
				getDomains().clear();
				return;
			case ChecklistPackage.CHECKLIST__SECTIONS:
				getSections().clear();
				return;
			case ChecklistPackage.CHECKLIST__BANDS:
				getBands().clear();
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
			case ChecklistPackage.CHECKLIST__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ChecklistPackage.CHECKLIST__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case ChecklistPackage.CHECKLIST__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ChecklistPackage.CHECKLIST__CITATION:
				return CITATION_EDEFAULT == null ? citation != null : !CITATION_EDEFAULT.equals(citation);
			case ChecklistPackage.CHECKLIST__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ChecklistPackage.CHECKLIST__SCORING:
				return scoring != SCORING_EDEFAULT;
			case ChecklistPackage.CHECKLIST__PERCENT_DENOMINATOR:
				return percentDenominator != PERCENT_DENOMINATOR_EDEFAULT;
			case ChecklistPackage.CHECKLIST__FLOOR_PERCENT_AT_ZERO:
				return floorPercentAtZero != FLOOR_PERCENT_AT_ZERO_EDEFAULT;
			case ChecklistPackage.CHECKLIST__PERCENT_DECIMALS:
				return percentDecimals != PERCENT_DECIMALS_EDEFAULT;
			case ChecklistPackage.CHECKLIST__CONDITIONS:
				return conditions != null && !conditions.isEmpty();
			case ChecklistPackage.CHECKLIST__DOMAINS:
				return domains != null && !domains.isEmpty();
			case ChecklistPackage.CHECKLIST__SECTIONS:
				return sections != null && !sections.isEmpty();
			case ChecklistPackage.CHECKLIST__BANDS:
				return bands != null && !bands.isEmpty();
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
		result.append(", version: ");
		result.append(version);
		result.append(", title: ");
		result.append(title);
		result.append(", citation: ");
		result.append(citation);
		result.append(", description: ");
		result.append(description);
		result.append(", scoring: ");
		result.append(scoring);
		result.append(", percentDenominator: ");
		result.append(percentDenominator);
		result.append(", floorPercentAtZero: ");
		result.append(floorPercentAtZero);
		result.append(", percentDecimals: ");
		result.append(percentDecimals);
		result.append(')');
		return result.toString();
	}

} //ChecklistImpl
