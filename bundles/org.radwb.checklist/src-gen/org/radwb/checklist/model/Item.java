/**
 */
package org.radwb.checklist.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.Item#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getKind <em>Kind</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#isRequired <em>Required</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#isEssential <em>Essential</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#isOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#isPageReference <em>Page Reference</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getEnabledWhen <em>Enabled When</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Item#getOptions <em>Options</em>}</li>
 * </ul>
 *
 * @see org.radwb.checklist.model.ChecklistPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Id()
	 * @model id="true" required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#getId <em>Id</em>}' attribute.
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
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Guidance()
	 * @model
	 * @generated
	 */
	String getGuidance();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.checklist.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.radwb.checklist.model.ItemKind
	 * @see #setKind(ItemKind)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Kind()
	 * @model
	 * @generated
	 */
	ItemKind getKind();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.radwb.checklist.model.ItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemKind value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multiplies the option points under WEIGHTED_PERCENT scoring (METRICS weight).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A submitted assessment must answer every required applicable item.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Required()
	 * @model default="true"
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Essential</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * False for items a checklist marks 'not essential' (CLEAR 53 and 58).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Essential</em>' attribute.
	 * @see #setEssential(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Essential()
	 * @model default="true"
	 * @generated
	 */
	boolean isEssential();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#isEssential <em>Essential</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Essential</em>' attribute.
	 * @see #isEssential()
	 * @generated
	 */
	void setEssential(boolean value);

	/**
	 * Returns the value of the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the item's point levels are ordered, so agreement uses weighted kappa over those levels.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ordinal</em>' attribute.
	 * @see #setOrdinal(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Ordinal()
	 * @model
	 * @generated
	 */
	boolean isOrdinal();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#isOrdinal <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ordinal</em>' attribute.
	 * @see #isOrdinal()
	 * @generated
	 */
	void setOrdinal(boolean value);

	/**
	 * Returns the value of the '<em><b>Page Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the answer should cite the page where the item is reported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Reference</em>' attribute.
	 * @see #setPageReference(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_PageReference()
	 * @model
	 * @generated
	 */
	boolean isPageReference();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#isPageReference <em>Page Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Reference</em>' attribute.
	 * @see #isPageReference()
	 * @generated
	 */
	void setPageReference(boolean value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' reference.
	 * @see #setDomain(Domain)
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Domain()
	 * @model
	 * @generated
	 */
	Domain getDomain();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Item#getDomain <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(Domain value);

	/**
	 * Returns the value of the '<em><b>Enabled When</b></em>' reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All of these conditions (and those of the enclosing sections) must be yes for the item to apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enabled When</em>' reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_EnabledWhen()
	 * @model
	 * @generated
	 */
	EList<Condition> getEnabledWhen();

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Option}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getItem_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<Option> getOptions();

} // Item
