/**
 */
package org.radwb.checklist.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layout group of items as printed in the checklist, possibly nested (CLEAR Method / Segmentation).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.Section#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Section#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Section#getEnabledWhen <em>Enabled When</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Section#getItems <em>Items</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Section#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.radwb.checklist.model.ChecklistPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getSection_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Section#getId <em>Id</em>}' attribute.
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
	 * @see org.radwb.checklist.model.ChecklistPackage#getSection_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Section#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Enabled When</b></em>' reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All of these conditions must be answered yes for the section's items to apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled When</em>' reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getSection_EnabledWhen()
	 * @model
	 * @generated
	 */
	EList<Condition> getEnabledWhen();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getSection_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getSection_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

} // Section
