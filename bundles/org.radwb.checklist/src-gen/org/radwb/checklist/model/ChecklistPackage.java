/**
 */
package org.radwb.checklist.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Definition of a quality or reporting checklist (RQS, METRICS, CLEAR, ...) as data: items, options with points, weights, gating conditions, domains and score bands. Answers are not part of this model; they live in the review model's Assessment/Answer.
 * <!-- end-model-doc -->
 * @see org.radwb.checklist.model.ChecklistFactory
 * @model kind="package"
 * @generated
 */
public interface ChecklistPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.radwb.org/model/checklist/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "checklist";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ChecklistPackage eINSTANCE = org.radwb.checklist.model.impl.ChecklistPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.ChecklistImpl <em>Checklist</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.ChecklistImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getChecklist()
	 * @generated
	 */
	int CHECKLIST = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__CITATION = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__SCORING = 5;

	/**
	 * The feature id for the '<em><b>Percent Denominator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__PERCENT_DENOMINATOR = 6;

	/**
	 * The feature id for the '<em><b>Floor Percent At Zero</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__FLOOR_PERCENT_AT_ZERO = 7;

	/**
	 * The feature id for the '<em><b>Percent Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__PERCENT_DECIMALS = 8;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__CONDITIONS = 9;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__DOMAINS = 10;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__SECTIONS = 11;

	/**
	 * The feature id for the '<em><b>Bands</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST__BANDS = 12;

	/**
	 * The number of structural features of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_FEATURE_COUNT = 13;

	/**
	 * The number of operations of the '<em>Checklist</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.ConditionImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__ID = 0;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__QUESTION = 1;

	/**
	 * The feature id for the '<em><b>Requires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__REQUIRES = 2;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.DomainImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__TITLE = 1;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.SectionImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Enabled When</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ENABLED_WHEN = 2;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ITEMS = 3;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SECTIONS = 4;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.ItemImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__GUIDANCE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__KIND = 3;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__WEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__REQUIRED = 5;

	/**
	 * The feature id for the '<em><b>Essential</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ESSENTIAL = 6;

	/**
	 * The feature id for the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ORDINAL = 7;

	/**
	 * The feature id for the '<em><b>Page Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__PAGE_REFERENCE = 8;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__DOMAIN = 9;

	/**
	 * The feature id for the '<em><b>Enabled When</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ENABLED_WHEN = 10;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__OPTIONS = 11;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.OptionImpl <em>Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.OptionImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getOption()
	 * @generated
	 */
	int OPTION = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__POINTS = 2;

	/**
	 * The feature id for the '<em><b>Exclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__EXCLUSIVE = 3;

	/**
	 * The feature id for the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__NOT_APPLICABLE = 4;

	/**
	 * The feature id for the '<em><b>Requires</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION__REQUIRES = 5;

	/**
	 * The number of structural features of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.impl.ScoreBandImpl <em>Score Band</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.impl.ScoreBandImpl
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getScoreBand()
	 * @generated
	 */
	int SCORE_BAND = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__LOWER = 1;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__UPPER = 2;

	/**
	 * The feature id for the '<em><b>Upper Inclusive</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND__UPPER_INCLUSIVE = 3;

	/**
	 * The number of structural features of the '<em>Score Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Score Band</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_BAND_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.ScoringMethod <em>Scoring Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.ScoringMethod
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getScoringMethod()
	 * @generated
	 */
	int SCORING_METHOD = 7;

	/**
	 * The meta object id for the '{@link org.radwb.checklist.model.ItemKind <em>Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.checklist.model.ItemKind
	 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getItemKind()
	 * @generated
	 */
	int ITEM_KIND = 8;


	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.Checklist <em>Checklist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist</em>'.
	 * @see org.radwb.checklist.model.Checklist
	 * @generated
	 */
	EClass getChecklist();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.checklist.model.Checklist#getId()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.radwb.checklist.model.Checklist#getVersion()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.radwb.checklist.model.Checklist#getTitle()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.radwb.checklist.model.Checklist#getCitation()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.radwb.checklist.model.Checklist#getDescription()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scoring</em>'.
	 * @see org.radwb.checklist.model.Checklist#getScoring()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_Scoring();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getPercentDenominator <em>Percent Denominator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Denominator</em>'.
	 * @see org.radwb.checklist.model.Checklist#getPercentDenominator()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_PercentDenominator();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#isFloorPercentAtZero <em>Floor Percent At Zero</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Floor Percent At Zero</em>'.
	 * @see org.radwb.checklist.model.Checklist#isFloorPercentAtZero()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_FloorPercentAtZero();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Checklist#getPercentDecimals <em>Percent Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Decimals</em>'.
	 * @see org.radwb.checklist.model.Checklist#getPercentDecimals()
	 * @see #getChecklist()
	 * @generated
	 */
	EAttribute getChecklist_PercentDecimals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Checklist#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.radwb.checklist.model.Checklist#getConditions()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Conditions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Checklist#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see org.radwb.checklist.model.Checklist#getDomains()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Domains();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Checklist#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.radwb.checklist.model.Checklist#getSections()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Checklist#getBands <em>Bands</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Bands</em>'.
	 * @see org.radwb.checklist.model.Checklist#getBands()
	 * @see #getChecklist()
	 * @generated
	 */
	EReference getChecklist_Bands();

	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.radwb.checklist.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Condition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.checklist.model.Condition#getId()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Condition#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.radwb.checklist.model.Condition#getQuestion()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Question();

	/**
	 * Returns the meta object for the reference list '{@link org.radwb.checklist.model.Condition#getRequires <em>Requires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Requires</em>'.
	 * @see org.radwb.checklist.model.Condition#getRequires()
	 * @see #getCondition()
	 * @generated
	 */
	EReference getCondition_Requires();

	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.radwb.checklist.model.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Domain#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.checklist.model.Domain#getId()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Domain#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.radwb.checklist.model.Domain#getTitle()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Title();

	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.radwb.checklist.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Section#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.checklist.model.Section#getId()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.radwb.checklist.model.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the reference list '{@link org.radwb.checklist.model.Section#getEnabledWhen <em>Enabled When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Enabled When</em>'.
	 * @see org.radwb.checklist.model.Section#getEnabledWhen()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_EnabledWhen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Section#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.radwb.checklist.model.Section#getItems()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Items();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Section#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.radwb.checklist.model.Section#getSections()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Sections();

	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.radwb.checklist.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.checklist.model.Item#getId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.radwb.checklist.model.Item#getTitle()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.radwb.checklist.model.Item#getGuidance()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.radwb.checklist.model.Item#getKind()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.radwb.checklist.model.Item#getWeight()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.radwb.checklist.model.Item#isRequired()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Required();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#isEssential <em>Essential</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Essential</em>'.
	 * @see org.radwb.checklist.model.Item#isEssential()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Essential();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#isOrdinal <em>Ordinal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordinal</em>'.
	 * @see org.radwb.checklist.model.Item#isOrdinal()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Ordinal();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Item#isPageReference <em>Page Reference</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Reference</em>'.
	 * @see org.radwb.checklist.model.Item#isPageReference()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_PageReference();

	/**
	 * Returns the meta object for the reference '{@link org.radwb.checklist.model.Item#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain</em>'.
	 * @see org.radwb.checklist.model.Item#getDomain()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Domain();

	/**
	 * Returns the meta object for the reference list '{@link org.radwb.checklist.model.Item#getEnabledWhen <em>Enabled When</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Enabled When</em>'.
	 * @see org.radwb.checklist.model.Item#getEnabledWhen()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_EnabledWhen();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.checklist.model.Item#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.radwb.checklist.model.Item#getOptions()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Options();

	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.Option <em>Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Option</em>'.
	 * @see org.radwb.checklist.model.Option
	 * @generated
	 */
	EClass getOption();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Option#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.checklist.model.Option#getId()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Option#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.radwb.checklist.model.Option#getLabel()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Option#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.radwb.checklist.model.Option#getPoints()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Points();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Option#isExclusive <em>Exclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive</em>'.
	 * @see org.radwb.checklist.model.Option#isExclusive()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_Exclusive();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.Option#isNotApplicable <em>Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Applicable</em>'.
	 * @see org.radwb.checklist.model.Option#isNotApplicable()
	 * @see #getOption()
	 * @generated
	 */
	EAttribute getOption_NotApplicable();

	/**
	 * Returns the meta object for the reference list '{@link org.radwb.checklist.model.Option#getRequires <em>Requires</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Requires</em>'.
	 * @see org.radwb.checklist.model.Option#getRequires()
	 * @see #getOption()
	 * @generated
	 */
	EReference getOption_Requires();

	/**
	 * Returns the meta object for class '{@link org.radwb.checklist.model.ScoreBand <em>Score Band</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Band</em>'.
	 * @see org.radwb.checklist.model.ScoreBand
	 * @generated
	 */
	EClass getScoreBand();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.ScoreBand#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.radwb.checklist.model.ScoreBand#getLabel()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.ScoreBand#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.radwb.checklist.model.ScoreBand#getLower()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.ScoreBand#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.radwb.checklist.model.ScoreBand#getUpper()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.checklist.model.ScoreBand#isUpperInclusive <em>Upper Inclusive</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper Inclusive</em>'.
	 * @see org.radwb.checklist.model.ScoreBand#isUpperInclusive()
	 * @see #getScoreBand()
	 * @generated
	 */
	EAttribute getScoreBand_UpperInclusive();

	/**
	 * Returns the meta object for enum '{@link org.radwb.checklist.model.ScoringMethod <em>Scoring Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scoring Method</em>'.
	 * @see org.radwb.checklist.model.ScoringMethod
	 * @generated
	 */
	EEnum getScoringMethod();

	/**
	 * Returns the meta object for enum '{@link org.radwb.checklist.model.ItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Kind</em>'.
	 * @see org.radwb.checklist.model.ItemKind
	 * @generated
	 */
	EEnum getItemKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ChecklistFactory getChecklistFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.ChecklistImpl <em>Checklist</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.ChecklistImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getChecklist()
		 * @generated
		 */
		EClass CHECKLIST = eINSTANCE.getChecklist();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__ID = eINSTANCE.getChecklist_Id();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__VERSION = eINSTANCE.getChecklist_Version();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__TITLE = eINSTANCE.getChecklist_Title();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__CITATION = eINSTANCE.getChecklist_Citation();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__DESCRIPTION = eINSTANCE.getChecklist_Description();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__SCORING = eINSTANCE.getChecklist_Scoring();

		/**
		 * The meta object literal for the '<em><b>Percent Denominator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__PERCENT_DENOMINATOR = eINSTANCE.getChecklist_PercentDenominator();

		/**
		 * The meta object literal for the '<em><b>Floor Percent At Zero</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__FLOOR_PERCENT_AT_ZERO = eINSTANCE.getChecklist_FloorPercentAtZero();

		/**
		 * The meta object literal for the '<em><b>Percent Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST__PERCENT_DECIMALS = eINSTANCE.getChecklist_PercentDecimals();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__CONDITIONS = eINSTANCE.getChecklist_Conditions();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__DOMAINS = eINSTANCE.getChecklist_Domains();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__SECTIONS = eINSTANCE.getChecklist_Sections();

		/**
		 * The meta object literal for the '<em><b>Bands</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST__BANDS = eINSTANCE.getChecklist_Bands();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.ConditionImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__ID = eINSTANCE.getCondition_Id();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__QUESTION = eINSTANCE.getCondition_Question();

		/**
		 * The meta object literal for the '<em><b>Requires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITION__REQUIRES = eINSTANCE.getCondition_Requires();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.DomainImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ID = eINSTANCE.getDomain_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__TITLE = eINSTANCE.getDomain_Title();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.SectionImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__ID = eINSTANCE.getSection_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Enabled When</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__ENABLED_WHEN = eINSTANCE.getSection_EnabledWhen();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__ITEMS = eINSTANCE.getSection_Items();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SECTIONS = eINSTANCE.getSection_Sections();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.ItemImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ID = eINSTANCE.getItem_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TITLE = eINSTANCE.getItem_Title();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__GUIDANCE = eINSTANCE.getItem_Guidance();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__KIND = eINSTANCE.getItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__WEIGHT = eINSTANCE.getItem_Weight();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__REQUIRED = eINSTANCE.getItem_Required();

		/**
		 * The meta object literal for the '<em><b>Essential</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ESSENTIAL = eINSTANCE.getItem_Essential();

		/**
		 * The meta object literal for the '<em><b>Ordinal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ORDINAL = eINSTANCE.getItem_Ordinal();

		/**
		 * The meta object literal for the '<em><b>Page Reference</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__PAGE_REFERENCE = eINSTANCE.getItem_PageReference();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__DOMAIN = eINSTANCE.getItem_Domain();

		/**
		 * The meta object literal for the '<em><b>Enabled When</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__ENABLED_WHEN = eINSTANCE.getItem_EnabledWhen();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__OPTIONS = eINSTANCE.getItem_Options();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.OptionImpl <em>Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.OptionImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getOption()
		 * @generated
		 */
		EClass OPTION = eINSTANCE.getOption();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__ID = eINSTANCE.getOption_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__LABEL = eINSTANCE.getOption_Label();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__POINTS = eINSTANCE.getOption_Points();

		/**
		 * The meta object literal for the '<em><b>Exclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__EXCLUSIVE = eINSTANCE.getOption_Exclusive();

		/**
		 * The meta object literal for the '<em><b>Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPTION__NOT_APPLICABLE = eINSTANCE.getOption_NotApplicable();

		/**
		 * The meta object literal for the '<em><b>Requires</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPTION__REQUIRES = eINSTANCE.getOption_Requires();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.impl.ScoreBandImpl <em>Score Band</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.impl.ScoreBandImpl
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getScoreBand()
		 * @generated
		 */
		EClass SCORE_BAND = eINSTANCE.getScoreBand();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__LABEL = eINSTANCE.getScoreBand_Label();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__LOWER = eINSTANCE.getScoreBand_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__UPPER = eINSTANCE.getScoreBand_Upper();

		/**
		 * The meta object literal for the '<em><b>Upper Inclusive</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_BAND__UPPER_INCLUSIVE = eINSTANCE.getScoreBand_UpperInclusive();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.ScoringMethod <em>Scoring Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.ScoringMethod
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getScoringMethod()
		 * @generated
		 */
		EEnum SCORING_METHOD = eINSTANCE.getScoringMethod();

		/**
		 * The meta object literal for the '{@link org.radwb.checklist.model.ItemKind <em>Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.checklist.model.ItemKind
		 * @see org.radwb.checklist.model.impl.ChecklistPackageImpl#getItemKind()
		 * @generated
		 */
		EEnum ITEM_KIND = eINSTANCE.getItemKind();

	}

} //ChecklistPackage
