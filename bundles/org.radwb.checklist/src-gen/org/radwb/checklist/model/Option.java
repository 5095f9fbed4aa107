/**
 */
package org.radwb.checklist.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.Option#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Option#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Option#getPoints <em>Points</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Option#isExclusive <em>Exclusive</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Option#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Option#getRequires <em>Requires</em>}</li>
 * </ul>
 *
 * @see org.radwb.checklist.model.ChecklistPackage#getOption()
 * @model
 * @generated
 */
public interface Option extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getOption_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Option#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getOption_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Option#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(double)
	 * @see org.radwb.checklist.model.ChecklistPackage#getOption_Points()
	 * @model
	 * @generated
	 */
	double getPoints();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Option#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(double value);

	/**
	 * Returns the value of the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * May not be combined with any other option of a multi-select item ('none').
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusive</em>' attribute.
	 * @see #setExclusive(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getOption_Exclusive()
	 * @model
	 * @generated
	 */
	boolean isExclusive();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Option#isExclusive <em>Exclusive</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive</em>' attribute.
	 * @see #isExclusive()
	 * @generated
	 */
	void setExclusive(boolean value);

	/**
	 * Returns the value of the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Choosing it removes the item from the denominator (n.a.).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Applicable</em>' attribute.
	 * @see #setNotApplicable(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getOption_NotApplicable()
	 * @model
	 * @generated
	 */
	boolean isNotApplicable();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Option#isNotApplicable <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Applicable</em>' attribute.
	 * @see #isNotApplicable()
	 * @generated
	 */
	void setNotApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Requires</b></em>' reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Options of the same item that must also be chosen (dependent sub-points: '+1 if also resampling' requires the statistic).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requires</em>' reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getOption_Requires()
	 * @model
	 * @generated
	 */
	EList<Option> getRequires();

} // Option
