/**
 */
package org.radwb.checklist.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.radwb.checklist.model.ChecklistPackage;
import org.radwb.checklist.model.ScoreBand;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Band</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.impl.ScoreBandImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ScoreBandImpl#getLower <em>Lower</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ScoreBandImpl#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.radwb.checklist.model.impl.ScoreBandImpl#isUpperInclusive <em>Upper Inclusive</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreBandImpl extends MinimalEObjectImpl.Container implements ScoreBand {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLower() <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected static final double LOWER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getLower() <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLower()
	 * @generated
	 * @ordered
	 */
	protected double lower = LOWER_EDEFAULT;

	/**
	 * The default value of the '{@link #getUpper() <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected static final double UPPER_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getUpper() <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUpper()
	 * @generated
	 * @ordered
	 */
	protected double upper = UPPER_EDEFAULT;

	/**
	 * The default value of the '{@link #isUpperInclusive() <em>Upper Inclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpperInclusive()
	 * @generated
	 * @ordered
	 */
	protected static final boolean UPPER_INCLUSIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isUpperInclusive() <em>Upper Inclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isUpperInclusive()
	 * @generated
	 * @ordered
	 */
	protected boolean upperInclusive = UPPER_INCLUSIVE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreBandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChecklistPackage.Literals.SCORE_BAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.SCORE_BAND__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLower() {
		return lower;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLower(double newLower) {
		double oldLower = lower;
		lower = newLower;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.SCORE_BAND__LOWER, oldLower, lower));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getUpper() {
		return upper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpper(double newUpper) {
		double oldUpper = upper;
		upper = newUpper;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.SCORE_BAND__UPPER, oldUpper, upper));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isUpperInclusive() {
		return upperInclusive;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUpperInclusive(boolean newUpperInclusive) {
		boolean oldUpperInclusive = upperInclusive;
		upperInclusive = newUpperInclusive;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChecklistPackage.SCORE_BAND__UPPER_INCLUSIVE, oldUpperInclusive, upperInclusive));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ChecklistPackage.SCORE_BAND__LABEL:
				return getLabel();
			case ChecklistPackage.SCORE_BAND__LOWER:
				return getLower();
			case ChecklistPackage.SCORE_BAND__UPPER:
				return getUpper();
			case ChecklistPackage.SCORE_BAND__UPPER_INCLUSIVE:
				return isUpperInclusive();
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
			case ChecklistPackage.SCORE_BAND__LABEL:
				setLabel((String)newValue);
				return;
			case ChecklistPackage.SCORE_BAND__LOWER:
				setLower((Double)newValue);
				return;
			case ChecklistPackage.SCORE_BAND__UPPER:
				setUpper((Double)newValue);
				return;
			case ChecklistPackage.SCORE_BAND__UPPER_INCLUSIVE:
				setUpperInclusive((Boolean)newValue);
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
			case ChecklistPackage.SCORE_BAND__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ChecklistPackage.SCORE_BAND__LOWER:
				setLower(LOWER_EDEFAULT);
				return;
			case ChecklistPackage.SCORE_BAND__UPPER:
				setUpper(UPPER_EDEFAULT);
				return;
			case ChecklistPackage.SCORE_BAND__UPPER_INCLUSIVE:
				setUpperInclusive(UPPER_INCLUSIVE_EDEFAULT);
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
			case ChecklistPackage.SCORE_BAND__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ChecklistPackage.SCORE_BAND__LOWER:
				return lower != LOWER_EDEFAULT;
			case ChecklistPackage.SCORE_BAND__UPPER:
				return upper != UPPER_EDEFAULT;
			case ChecklistPackage.SCORE_BAND__UPPER_INCLUSIVE:
				return upperInclusive != UPPER_INCLUSIVE_EDEFAULT;
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
		result.append(" (label: ");
		result.append(label);
		result.append(", lower: ");
		result.append(lower);
		result.append(", upper: ");
		result.append(upper);
		result.append(", upperInclusive: ");
		result.append(upperInclusive);
		result.append(')');
		return result.toString();
	}

} //ScoreBandImpl
