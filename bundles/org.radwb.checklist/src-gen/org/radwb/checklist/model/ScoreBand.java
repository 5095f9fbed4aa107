/**
 */
package org.radwb.checklist.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Band</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A label for percentages in [lower, upper), or [lower, upper] when upperInclusive (METRICS quality categories).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.ScoreBand#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.checklist.model.ScoreBand#getLower <em>Lower</em>}</li>
 *   <li>{@link org.radwb.checklist.model.ScoreBand#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.radwb.checklist.model.ScoreBand#isUpperInclusive <em>Upper Inclusive</em>}</li>
 * </ul>
 *
 * @see org.radwb.checklist.model.ChecklistPackage#getScoreBand()
 * @model
 * @generated
 */
public interface ScoreBand extends EObject {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getScoreBand_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.ScoreBand#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #setLower(double)
	 * @see org.radwb.checklist.model.ChecklistPackage#getScoreBand_Lower()
	 * @model
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.ScoreBand#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' attribute.
	 * @see #getLower()
	 * @generated
	 */
	void setLower(double value);

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper</em>' attribute.
	 * @see #setUpper(double)
	 * @see org.radwb.checklist.model.ChecklistPackage#getScoreBand_Upper()
	 * @model
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.ScoreBand#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

	/**
	 * Returns the value of the '<em><b>Upper Inclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper Inclusive</em>' attribute.
	 * @see #setUpperInclusive(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getScoreBand_UpperInclusive()
	 * @model
	 * @generated
	 */
	boolean isUpperInclusive();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.ScoreBand#isUpperInclusive <em>Upper Inclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper Inclusive</em>' attribute.
	 * @see #isUpperInclusive()
	 * @generated
	 */
	void setUpperInclusive(boolean value);

} // ScoreBand
