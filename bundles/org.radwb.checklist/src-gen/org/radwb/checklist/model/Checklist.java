/**
 */
package org.radwb.checklist.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One versioned checklist. The pair (id, version) identifies it in the registry.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.checklist.model.Checklist#getId <em>Id</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getVersion <em>Version</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getTitle <em>Title</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getCitation <em>Citation</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getDescription <em>Description</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getScoring <em>Scoring</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getPercentDenominator <em>Percent Denominator</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#isFloorPercentAtZero <em>Floor Percent At Zero</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getPercentDecimals <em>Percent Decimals</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getSections <em>Sections</em>}</li>
 *   <li>{@link org.radwb.checklist.model.Checklist#getBands <em>Bands</em>}</li>
 * </ul>
 *
 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist()
 * @model
 * @generated
 */
public interface Checklist extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier used on the command line and in stored assessments, e.g. 'rqs'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Version()
	 * @model required="true"
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Citation</em>' attribute.
	 * @see #setCitation(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Citation()
	 * @model
	 * @generated
	 */
	String getCitation();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getCitation <em>Citation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Citation</em>' attribute.
	 * @see #getCitation()
	 * @generated
	 */
	void setCitation(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.checklist.model.ScoringMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How item results combine into a total.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scoring</em>' attribute.
	 * @see org.radwb.checklist.model.ScoringMethod
	 * @see #setScoring(ScoringMethod)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Scoring()
	 * @model
	 * @generated
	 */
	ScoringMethod getScoring();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getScoring <em>Scoring</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' attribute.
	 * @see org.radwb.checklist.model.ScoringMethod
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(ScoringMethod value);

	/**
	 * Returns the value of the '<em><b>Percent Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For POINTS scoring: the points that make 100 % (RQS: 36). 0 means the maximum reachable total.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent Denominator</em>' attribute.
	 * @see #setPercentDenominator(double)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_PercentDenominator()
	 * @model
	 * @generated
	 */
	double getPercentDenominator();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getPercentDenominator <em>Percent Denominator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Denominator</em>' attribute.
	 * @see #getPercentDenominator()
	 * @generated
	 */
	void setPercentDenominator(double value);

	/**
	 * Returns the value of the '<em><b>Floor Percent At Zero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Default for clamping a negative percentage to 0 (conventions differ between reviews; callers may override).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Floor Percent At Zero</em>' attribute.
	 * @see #setFloorPercentAtZero(boolean)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_FloorPercentAtZero()
	 * @model
	 * @generated
	 */
	boolean isFloorPercentAtZero();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#isFloorPercentAtZero <em>Floor Percent At Zero</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Floor Percent At Zero</em>' attribute.
	 * @see #isFloorPercentAtZero()
	 * @generated
	 */
	void setFloorPercentAtZero(boolean value);

	/**
	 * Returns the value of the '<em><b>Percent Decimals</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Decimals the percentage is rounded to before banding (METRICS: 1); -1 keeps full precision.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Percent Decimals</em>' attribute.
	 * @see #setPercentDecimals(int)
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_PercentDecimals()
	 * @model default="-1"
	 * @generated
	 */
	int getPercentDecimals();

	/**
	 * Sets the value of the '{@link org.radwb.checklist.model.Checklist#getPercentDecimals <em>Percent Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Decimals</em>' attribute.
	 * @see #getPercentDecimals()
	 * @generated
	 */
	void setPercentDecimals(int value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Condition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Conditions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Condition> getConditions();

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Domains()
	 * @model containment="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Bands</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.checklist.model.ScoreBand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bands</em>' containment reference list.
	 * @see org.radwb.checklist.model.ChecklistPackage#getChecklist_Bands()
	 * @model containment="true"
	 * @generated
	 */
	EList<ScoreBand> getBands();

} // Checklist
