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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.radwb.checklist.model.ChecklistPackage;
import org.radwb.checklist.model.Condition;
import org.radwb.checklist.model.Domain;
import org.radwb.checklist.model.Item;
import org.radwb.checklist.model.ItemKind;
import org.radwb.checklist.model.Option;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#isRequired <em>Required</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#isEssential <em>Essential</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#isOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#isPageReference <em>Page Reference</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getEnabledWhen <em>Enabled When</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ItemImpl#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemImpl extends MinimalEObjectImpl.Container implements Item {
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
	 * The default value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected static final String GUIDANCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGuidance() <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGuidance()
	 * @generated
	 * @ordered
	 */
	protected String guidance = GUIDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ItemKind KIND_EDEFAULT = ItemKind.SINGLE_CHOICE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ItemKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected static final boolean REQUIRED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isRequired() <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRequired()
	 * @generated
	 * @ordered
	 */
	protected boolean required = REQUIRED_EDEFAULT;

	/**
	 * The default value of the '{@link #isEssential() <em>Essential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEssential()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ESSENTIAL_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEssential() <em>Essential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEssential()
	 * @generated
	 * @ordered
	 */
	protected boolean essential = ESSENTIAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ORDINAL_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOrdinal()
	 * @generated
	 * @ordered
	 */
	protected boolean ordinal = ORDINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #isPageReference() <em>Page Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPageReference()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PAGE_REFERENCE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPageReference() <em>Page Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPageReference()
	 * @generated
	 * @ordered
	 */
	protected boolean pageReference = PAGE_REFERENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomain() <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomain()
	 * @generated
	 * @ordered
	 */
	protected Domain domain;

	/**
	 * The cached value of the '{@link #getEnabledWhen() <em>Enabled When</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnabledWhen()
	 * @generated
	 * @ordered
	 */
	protected EList<Condition> enabledWhen;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Option> options;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChecklistPackage.Literals.ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGuidance() {
		return guidance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGuidance(String newGuidance) {
		String oldGuidance = guidance;
		guidance = newGuidance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__GUIDANCE, oldGuidance, guidance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ItemKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ItemKind newKind) {
		ItemKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRequired() {
		return required;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequired(boolean newRequired) {
		boolean oldRequired = required;
		required = newRequired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__REQUIRED, oldRequired, required));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEssential() {
		return essential;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEssential(boolean newEssential) {
		boolean oldEssential = essential;
		essential = newEssential;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__ESSENTIAL, oldEssential, essential));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(boolean newOrdinal) {
		boolean oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__ORDINAL, oldOrdinal, ordinal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPageReference() {
		return pageReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageReference(boolean newPageReference) {
		boolean oldPageReference = pageReference;
		pageReference = newPageReference;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__PAGE_REFERENCE, oldPageReference, pageReference));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain getDomain() {
		if (domain != null && domain.eIsProxy()) {
			InternalEObject oldDomain = (InternalEObject)domain;
			domain = (Domain)eResolveProxy(oldDomain);
			if (domain != oldDomain) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChecklistPackage.ITEM__DOMAIN, oldDomain, domain));
			}
		}
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Domain basicGetDomain() {
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomain(Domain newDomain) {
		Domain oldDomain = domain;
		domain = newDomain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.ITEM__DOMAIN, oldDomain, domain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Condition> getEnabledWhen() {
		if (enabledWhen == null) {
			enabledWhen = new EObjectResolvingEList<Condition>(Condition.class, this, ChecklistPackage.ITEM__ENABLED_WHEN);
		}
		return enabledWhen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Option> getOptions() {
		if (options == null) {
			options = new EObjectContainmentEList<Option>(Option.class, this, ChecklistPackage.ITEM__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChecklistPackage.ITEM__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
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
			case ChecklistPackage.ITEM__ID:
				return getId();
			case ChecklistPackage.ITEM__TITLE:
				return getTitle();
			case ChecklistPackage.ITEM__GUIDANCE:
				return getGuidance();
			case ChecklistPackage.ITEM__KIND:
				return getKind();
			case ChecklistPackage.ITEM__WEIGHT:
				return getWeight();
			case ChecklistPackage.ITEM__REQUIRED:
				return isRequired();
			case ChecklistPackage.ITEM__ESSENTIAL:
				return isEssential();
			case ChecklistPackage.ITEM__ORDINAL:
				return isOrdinal();
			case ChecklistPackage.ITEM__PAGE_REFERENCE:
				return isPageReference();
			case ChecklistPackage.ITEM__DOMAIN:
				if (resolve) return getDomain();
				return basicGetDomain();
			case ChecklistPackage.ITEM__ENABLED_WHEN:
				return getEnabledWhen();
			case ChecklistPackage.ITEM__OPTIONS:
				return getOptions();
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
			case ChecklistPackage.ITEM__ID:
				setId((String)newValue);
				return;
			case ChecklistPackage.ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case ChecklistPackage.ITEM__GUIDANCE:
				setGuidance((String)newValue);
				return;
			case ChecklistPackage.ITEM__KIND:
				setKind((ItemKind)newValue);
				return;
			case ChecklistPackage.ITEM__WEIGHT:
				setWeight((Double)newValue);
				return;
			case ChecklistPackage.ITEM__REQUIRED:
				setRequired((Boolean)newValue);
				return;
			case ChecklistPackage.ITEM__ESSENTIAL:
				setEssential((Boolean)newValue);
				return;
			case ChecklistPackage.ITEM__ORDINAL:
				setOrdinal((Boolean)newValue);
				return;
			case ChecklistPackage.ITEM__PAGE_REFERENCE:
				setPageReference((Boolean)newValue);
				return;
			case ChecklistPackage.ITEM__DOMAIN:
				setDomain((Domain)newValue);
				return;
			case ChecklistPackage.ITEM__ENABLED_WHEN:
				getEnabledWhen().clear();
				getEnabledWhen().addAll((Collection<? extends Condition>)newValue);
				return;
			case ChecklistPackage.ITEM__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends Option>)newValue);
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
			case ChecklistPackage.ITEM__ID:
				setId(ID_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__GUIDANCE:
				setGuidance(GUIDANCE_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__REQUIRED:
				setRequired(REQUIRED_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__ESSENTIAL:
				setEssential(ESSENTIAL_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__PAGE_REFERENCE:
				setPageReference(PAGE_REFERENCE_EDEFAULT);
				return;
			case ChecklistPackage.ITEM__DOMAIN:
				setDomain((Domain)null);
				return;
			case ChecklistPackage.ITEM__ENABLED_WHEN:
				getEnabledWhen().clear();
				return;
			case ChecklistPackage.ITEM__OPTIONS:
				getOptions().clear();
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
			case ChecklistPackage.ITEM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ChecklistPackage.ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ChecklistPackage.ITEM__GUIDANCE:
				return GUIDANCE_EDEFAULT == null ? guidance != null : !GUIDANCE_EDEFAULT.equals(guidance);
			case ChecklistPackage.ITEM__KIND:
				return kind != KIND_EDEFAULT;
			case ChecklistPackage.ITEM__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
			case ChecklistPackage.ITEM__REQUIRED:
				return required != REQUIRED_EDEFAULT;
			case ChecklistPackage.ITEM__ESSENTIAL:
				return essential != ESSENTIAL_EDEFAULT;
			case ChecklistPackage.ITEM__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case ChecklistPackage.ITEM__PAGE_REFERENCE:
				return pageReference != PAGE_REFERENCE_EDEFAULT;
			case ChecklistPackage.ITEM__DOMAIN:
				return domain != null;
			case ChecklistPackage.ITEM__ENABLED_WHEN:
				return enabledWhen != null && !enabledWhen.isEmpty();
			case ChecklistPackage.ITEM__OPTIONS:
				return options != null && !options.isEmpty();
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
		result.append(", guidance: ");
		result.append(guidance);
		result.append(", kind: ");
		result.append(kind);
		result.append(", weight: ");
		result.append(weight);
		result.append(", required: ");
		result.append(required);
		result.append(", essential: ");
		result.append(essential);
		result.append(", ordinal: ");
		result.append(ordinal);
		result.append(", pageReference: ");
		result.append(pageReference);
		result.append(')');
		return result.toString();
	}

} //ItemImpl
