/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

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
 * The Radiomics Workbench review model: reviews, studies, their cohorts, feature sets, quality assessments and model runs. Unset numeric attributes mean not reported.
 * <!-- end-model-doc -->
 * @see org.radwb.model.ReviewFactory
 * @model kind="package"
 * @generated
 */
public interface ReviewPackage extends EPackage {
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
	String eNS_URI = "http://www.radwb.org/model/review/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "review";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReviewPackage eINSTANCE = org.radwb.model.impl.ReviewPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.ReviewImpl <em>Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.ReviewImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getReview()
	 * @generated
	 */
	int REVIEW = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Question</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__QUESTION = 2;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__POPULATION = 3;

	/**
	 * The feature id for the '<em><b>Intervention</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__INTERVENTION = 4;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__COMPARATOR = 5;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__OUTCOME = 6;

	/**
	 * The feature id for the '<em><b>Citation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CITATION = 7;

	/**
	 * The feature id for the '<em><b>License</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__LICENSE = 8;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__NOTES = 9;

	/**
	 * The feature id for the '<em><b>Searches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__SEARCHES = 10;

	/**
	 * The feature id for the '<em><b>Prisma</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__PRISMA = 11;

	/**
	 * The feature id for the '<em><b>Reviewers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__REVIEWERS = 12;

	/**
	 * The feature id for the '<em><b>Studies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__STUDIES = 13;

	/**
	 * The number of structural features of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.DatabaseSearchImpl <em>Database Search</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.DatabaseSearchImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getDatabaseSearch()
	 * @generated
	 */
	int DATABASE_SEARCH = 1;

	/**
	 * The feature id for the '<em><b>Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SEARCH__DATABASE = 0;

	/**
	 * The feature id for the '<em><b>Search String</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SEARCH__SEARCH_STRING = 1;

	/**
	 * The feature id for the '<em><b>Date Searched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SEARCH__DATE_SEARCHED = 2;

	/**
	 * The feature id for the '<em><b>Records</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SEARCH__RECORDS = 3;

	/**
	 * The number of structural features of the '<em>Database Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SEARCH_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Database Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_SEARCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.PrismaFlowImpl <em>Prisma Flow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.PrismaFlowImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getPrismaFlow()
	 * @generated
	 */
	int PRISMA_FLOW = 2;

	/**
	 * The feature id for the '<em><b>Duplicates Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__DUPLICATES_REMOVED = 0;

	/**
	 * The feature id for the '<em><b>Other Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__OTHER_REMOVED = 1;

	/**
	 * The feature id for the '<em><b>Records Screened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__RECORDS_SCREENED = 2;

	/**
	 * The feature id for the '<em><b>Reports Sought</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__REPORTS_SOUGHT = 3;

	/**
	 * The feature id for the '<em><b>Reports Not Retrieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__REPORTS_NOT_RETRIEVED = 4;

	/**
	 * The feature id for the '<em><b>Reports Assessed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__REPORTS_ASSESSED = 5;

	/**
	 * The feature id for the '<em><b>Studies Included</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__STUDIES_INCLUDED = 6;

	/**
	 * The feature id for the '<em><b>Exclusions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW__EXCLUSIONS = 7;

	/**
	 * The number of structural features of the '<em>Prisma Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Prisma Flow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRISMA_FLOW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.ExclusionImpl <em>Exclusion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.ExclusionImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getExclusion()
	 * @generated
	 */
	int EXCLUSION = 3;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION__STAGE = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION__REASON = 1;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION__COUNT = 2;

	/**
	 * The number of structural features of the '<em>Exclusion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Exclusion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXCLUSION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.ReviewerImpl <em>Reviewer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.ReviewerImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getReviewer()
	 * @generated
	 */
	int REVIEWER = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__NAME = 1;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__INITIALS = 2;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__ROLE = 3;

	/**
	 * The number of structural features of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.StudyImpl <em>Study</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.StudyImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getStudy()
	 * @generated
	 */
	int STUDY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ID = 0;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__AUTHORS = 1;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__YEAR = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Journal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__JOURNAL = 4;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DOI = 5;

	/**
	 * The feature id for the '<em><b>Country</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__COUNTRY = 6;

	/**
	 * The feature id for the '<em><b>Design</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__DESIGN = 7;

	/**
	 * The feature id for the '<em><b>Patient Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PATIENT_COUNT = 8;

	/**
	 * The feature id for the '<em><b>Lesion Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__LESION_COUNT = 9;

	/**
	 * The feature id for the '<em><b>Primary Cancers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PRIMARY_CANCERS = 10;

	/**
	 * The feature id for the '<em><b>Treatment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TREATMENT = 11;

	/**
	 * The feature id for the '<em><b>Treatment Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TREATMENT_MODEL = 12;

	/**
	 * The feature id for the '<em><b>Fractionation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FRACTIONATION = 13;

	/**
	 * The feature id for the '<em><b>Mri Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MRI_VENDOR = 14;

	/**
	 * The feature id for the '<em><b>Mri Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MRI_MODEL = 15;

	/**
	 * The feature id for the '<em><b>Field Strengths</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FIELD_STRENGTHS = 16;

	/**
	 * The feature id for the '<em><b>Sequences</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SEQUENCES = 17;

	/**
	 * The feature id for the '<em><b>Segmentation Software</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SEGMENTATION_SOFTWARE = 18;

	/**
	 * The feature id for the '<em><b>Segmentation Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SEGMENTATION_METHOD = 19;

	/**
	 * The feature id for the '<em><b>Radiomics Software</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RADIOMICS_SOFTWARE = 20;

	/**
	 * The feature id for the '<em><b>Features Extracted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FEATURES_EXTRACTED = 21;

	/**
	 * The feature id for the '<em><b>Features Selected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FEATURES_SELECTED = 22;

	/**
	 * The feature id for the '<em><b>Feature Selection Methods</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__FEATURE_SELECTION_METHODS = 23;

	/**
	 * The feature id for the '<em><b>Train Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TRAIN_PERCENT = 24;

	/**
	 * The feature id for the '<em><b>Validation Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__VALIDATION_PERCENT = 25;

	/**
	 * The feature id for the '<em><b>Test Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__TEST_PERCENT = 26;

	/**
	 * The feature id for the '<em><b>Split Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__SPLIT_DESCRIPTION = 27;

	/**
	 * The feature id for the '<em><b>Clinical Features</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__CLINICAL_FEATURES = 28;

	/**
	 * The feature id for the '<em><b>Algorithm Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ALGORITHM_TYPE = 29;

	/**
	 * The feature id for the '<em><b>Algorithms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ALGORITHMS = 30;

	/**
	 * The feature id for the '<em><b>Algorithm Software</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ALGORITHM_SOFTWARE = 31;

	/**
	 * The feature id for the '<em><b>Endpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ENDPOINT = 32;

	/**
	 * The feature id for the '<em><b>Endpoint Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ENDPOINT_DESCRIPTION = 33;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__NOTES = 34;

	/**
	 * The feature id for the '<em><b>Results</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__RESULTS = 35;

	/**
	 * The feature id for the '<em><b>Patients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__PATIENTS = 36;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__ASSESSMENTS = 37;

	/**
	 * The feature id for the '<em><b>Model Runs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY__MODEL_RUNS = 38;

	/**
	 * The number of structural features of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_FEATURE_COUNT = 39;

	/**
	 * The number of operations of the '<em>Study</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STUDY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.ReportedMetricImpl <em>Reported Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.ReportedMetricImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getReportedMetric()
	 * @generated
	 */
	int REPORTED_METRIC = 6;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC__KIND = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC__LOWER = 3;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC__UPPER = 4;

	/**
	 * The feature id for the '<em><b>Cohort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC__COHORT = 5;

	/**
	 * The number of structural features of the '<em>Reported Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Reported Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORTED_METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.PatientImpl <em>Patient</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.PatientImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getPatient()
	 * @generated
	 */
	int PATIENT = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__AGE = 1;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__SEX = 2;

	/**
	 * The feature id for the '<em><b>Kps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__KPS = 3;

	/**
	 * The feature id for the '<em><b>Primary Cancer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__PRIMARY_CANCER = 4;

	/**
	 * The feature id for the '<em><b>Extracranial Disease</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__EXTRACRANIAL_DISEASE = 5;

	/**
	 * The feature id for the '<em><b>Systemic Therapy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__SYSTEMIC_THERAPY = 6;

	/**
	 * The feature id for the '<em><b>Dicom Patient Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__DICOM_PATIENT_ID = 7;

	/**
	 * The feature id for the '<em><b>Lesions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__LESIONS = 8;

	/**
	 * The feature id for the '<em><b>Images</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__IMAGES = 9;

	/**
	 * The feature id for the '<em><b>Feature Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT__FEATURE_SETS = 10;

	/**
	 * The number of structural features of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Patient</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PATIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.LesionImpl <em>Lesion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.LesionImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getLesion()
	 * @generated
	 */
	int LESION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__ID = 0;

	/**
	 * The feature id for the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__LOCATION = 1;

	/**
	 * The feature id for the '<em><b>Volume Cc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__VOLUME_CC = 2;

	/**
	 * The feature id for the '<em><b>Prescription Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__PRESCRIPTION_DOSE_GY = 3;

	/**
	 * The feature id for the '<em><b>Isodose Line Percent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__ISODOSE_LINE_PERCENT = 4;

	/**
	 * The feature id for the '<em><b>Fractions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__FRACTIONS = 5;

	/**
	 * The feature id for the '<em><b>Local Failure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__LOCAL_FAILURE = 6;

	/**
	 * The feature id for the '<em><b>Time To Event Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__TIME_TO_EVENT_MONTHS = 7;

	/**
	 * The feature id for the '<em><b>Censored</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__CENSORED = 8;

	/**
	 * The feature id for the '<em><b>Roi Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__ROI_NAME = 9;

	/**
	 * The feature id for the '<em><b>Segmentations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__SEGMENTATIONS = 10;

	/**
	 * The feature id for the '<em><b>Feature Sets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION__FEATURE_SETS = 11;

	/**
	 * The number of structural features of the '<em>Lesion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Lesion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LESION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.ImageSeriesImpl <em>Image Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.ImageSeriesImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getImageSeries()
	 * @generated
	 */
	int IMAGE_SERIES = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__ID = 0;

	/**
	 * The feature id for the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SEQUENCE = 1;

	/**
	 * The feature id for the '<em><b>Scanner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SCANNER = 2;

	/**
	 * The feature id for the '<em><b>Field Strength</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__FIELD_STRENGTH = 3;

	/**
	 * The feature id for the '<em><b>Time Point</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__TIME_POINT = 4;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__PATH = 5;

	/**
	 * The feature id for the '<em><b>Series Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__SERIES_INSTANCE_UID = 6;

	/**
	 * The feature id for the '<em><b>Study Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__STUDY_INSTANCE_UID = 7;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES__MODALITY = 8;

	/**
	 * The number of structural features of the '<em>Image Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Image Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMAGE_SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.SegmentationImpl <em>Segmentation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.SegmentationImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getSegmentation()
	 * @generated
	 */
	int SEGMENTATION = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__ID = 0;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__PATH = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__LABEL = 2;

	/**
	 * The feature id for the '<em><b>Rater</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__RATER = 3;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__METHOD = 4;

	/**
	 * The feature id for the '<em><b>Sop Instance Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__SOP_INSTANCE_UID = 5;

	/**
	 * The feature id for the '<em><b>Roi Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__ROI_NUMBER = 6;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION__IMAGE = 7;

	/**
	 * The number of structural features of the '<em>Segmentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Segmentation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SEGMENTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.FeatureSetImpl <em>Feature Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.FeatureSetImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getFeatureSet()
	 * @generated
	 */
	int FEATURE_SET = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Engine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__ENGINE = 1;

	/**
	 * The feature id for the '<em><b>Engine Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__ENGINE_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__MODE = 3;

	/**
	 * The feature id for the '<em><b>Settings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__SETTINGS = 4;

	/**
	 * The feature id for the '<em><b>Image Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__IMAGE_PATH = 5;

	/**
	 * The feature id for the '<em><b>Mask Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__MASK_PATH = 6;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__LABEL = 7;

	/**
	 * The feature id for the '<em><b>Image Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__IMAGE_HASH = 8;

	/**
	 * The feature id for the '<em><b>Mask Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__MASK_HASH = 9;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__CREATED_AT = 10;

	/**
	 * The feature id for the '<em><b>Values</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__VALUES = 11;

	/**
	 * The feature id for the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__IMAGE = 12;

	/**
	 * The feature id for the '<em><b>Segmentation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET__SEGMENTATION = 13;

	/**
	 * The number of structural features of the '<em>Feature Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Feature Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.FeatureValueImpl <em>Feature Value</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.FeatureValueImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getFeatureValue()
	 * @generated
	 */
	int FEATURE_VALUE = 12;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Family</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__FAMILY = 1;

	/**
	 * The feature id for the '<em><b>Ibsi Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__IBSI_CODE = 2;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__AGGREGATION = 3;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE__VALUE = 4;

	/**
	 * The number of structural features of the '<em>Feature Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Feature Value</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_VALUE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.AssessmentImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Checklist Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CHECKLIST_ID = 1;

	/**
	 * The feature id for the '<em><b>Checklist Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CHECKLIST_VERSION = 2;

	/**
	 * The feature id for the '<em><b>Rater</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RATER = 3;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__KIND = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODIFIED_AT = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SOURCE = 7;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ANSWERS = 8;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.AnswerImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 14;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Option Ids</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__OPTION_IDS = 1;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__PAGE = 2;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__QUOTE = 3;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__COMMENT = 4;

	/**
	 * The feature id for the '<em><b>Resolution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__RESOLUTION = 5;

	/**
	 * The feature id for the '<em><b>Resolved By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__RESOLVED_BY = 6;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.ModelRunImpl <em>Model Run</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.ModelRunImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getModelRun()
	 * @generated
	 */
	int MODEL_RUN = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__ID = 0;

	/**
	 * The feature id for the '<em><b>Model Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__MODEL_ID = 1;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__PARAMETERS = 2;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__OUTCOME = 3;

	/**
	 * The feature id for the '<em><b>Validation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__VALIDATION = 4;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__CREATED_AT = 5;

	/**
	 * The feature id for the '<em><b>Folder</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__FOLDER = 6;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN__METRICS = 7;

	/**
	 * The number of structural features of the '<em>Model Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Model Run</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODEL_RUN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.impl.MetricImpl
	 * @see org.radwb.model.impl.ReviewPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__NAME = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__LOWER = 2;

	/**
	 * The feature id for the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UPPER = 3;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.radwb.model.StudyDesign <em>Study Design</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.StudyDesign
	 * @see org.radwb.model.impl.ReviewPackageImpl#getStudyDesign()
	 * @generated
	 */
	int STUDY_DESIGN = 17;

	/**
	 * The meta object id for the '{@link org.radwb.model.TreatmentModality <em>Treatment Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.TreatmentModality
	 * @see org.radwb.model.impl.ReviewPackageImpl#getTreatmentModality()
	 * @generated
	 */
	int TREATMENT_MODALITY = 18;

	/**
	 * The meta object id for the '{@link org.radwb.model.AlgorithmType <em>Algorithm Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.AlgorithmType
	 * @see org.radwb.model.impl.ReviewPackageImpl#getAlgorithmType()
	 * @generated
	 */
	int ALGORITHM_TYPE = 19;

	/**
	 * The meta object id for the '{@link org.radwb.model.Endpoint <em>Endpoint</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.Endpoint
	 * @see org.radwb.model.impl.ReviewPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 20;

	/**
	 * The meta object id for the '{@link org.radwb.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.Sex
	 * @see org.radwb.model.impl.ReviewPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 21;

	/**
	 * The meta object id for the '{@link org.radwb.model.SegmentationMethod <em>Segmentation Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.SegmentationMethod
	 * @see org.radwb.model.impl.ReviewPackageImpl#getSegmentationMethod()
	 * @generated
	 */
	int SEGMENTATION_METHOD = 22;

	/**
	 * The meta object id for the '{@link org.radwb.model.MetricKind <em>Metric Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.MetricKind
	 * @see org.radwb.model.impl.ReviewPackageImpl#getMetricKind()
	 * @generated
	 */
	int METRIC_KIND = 23;

	/**
	 * The meta object id for the '{@link org.radwb.model.ScreeningStage <em>Screening Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.ScreeningStage
	 * @see org.radwb.model.impl.ReviewPackageImpl#getScreeningStage()
	 * @generated
	 */
	int SCREENING_STAGE = 24;

	/**
	 * The meta object id for the '{@link org.radwb.model.AssessmentKind <em>Assessment Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.AssessmentKind
	 * @see org.radwb.model.impl.ReviewPackageImpl#getAssessmentKind()
	 * @generated
	 */
	int ASSESSMENT_KIND = 25;

	/**
	 * The meta object id for the '{@link org.radwb.model.AssessmentStatus <em>Assessment Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.radwb.model.AssessmentStatus
	 * @see org.radwb.model.impl.ReviewPackageImpl#getAssessmentStatus()
	 * @generated
	 */
	int ASSESSMENT_STATUS = 26;


	/**
	 * Returns the meta object for class '{@link org.radwb.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review</em>'.
	 * @see org.radwb.model.Review
	 * @generated
	 */
	EClass getReview();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Review#getId()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.radwb.model.Review#getTitle()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getQuestion <em>Question</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Question</em>'.
	 * @see org.radwb.model.Review#getQuestion()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Question();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.radwb.model.Review#getPopulation()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getIntervention <em>Intervention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intervention</em>'.
	 * @see org.radwb.model.Review#getIntervention()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Intervention();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see org.radwb.model.Review#getComparator()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Comparator();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.radwb.model.Review#getOutcome()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getCitation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Citation</em>'.
	 * @see org.radwb.model.Review#getCitation()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Citation();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getLicense <em>License</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>License</em>'.
	 * @see org.radwb.model.Review#getLicense()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_License();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Review#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.radwb.model.Review#getNotes()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Review#getSearches <em>Searches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Searches</em>'.
	 * @see org.radwb.model.Review#getSearches()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Searches();

	/**
	 * Returns the meta object for the containment reference '{@link org.radwb.model.Review#getPrisma <em>Prisma</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Prisma</em>'.
	 * @see org.radwb.model.Review#getPrisma()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Prisma();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Review#getReviewers <em>Reviewers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviewers</em>'.
	 * @see org.radwb.model.Review#getReviewers()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Reviewers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Review#getStudies <em>Studies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Studies</em>'.
	 * @see org.radwb.model.Review#getStudies()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Studies();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.DatabaseSearch <em>Database Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Database Search</em>'.
	 * @see org.radwb.model.DatabaseSearch
	 * @generated
	 */
	EClass getDatabaseSearch();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.DatabaseSearch#getDatabase <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Database</em>'.
	 * @see org.radwb.model.DatabaseSearch#getDatabase()
	 * @see #getDatabaseSearch()
	 * @generated
	 */
	EAttribute getDatabaseSearch_Database();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.DatabaseSearch#getSearchString <em>Search String</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Search String</em>'.
	 * @see org.radwb.model.DatabaseSearch#getSearchString()
	 * @see #getDatabaseSearch()
	 * @generated
	 */
	EAttribute getDatabaseSearch_SearchString();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.DatabaseSearch#getDateSearched <em>Date Searched</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Searched</em>'.
	 * @see org.radwb.model.DatabaseSearch#getDateSearched()
	 * @see #getDatabaseSearch()
	 * @generated
	 */
	EAttribute getDatabaseSearch_DateSearched();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.DatabaseSearch#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records</em>'.
	 * @see org.radwb.model.DatabaseSearch#getRecords()
	 * @see #getDatabaseSearch()
	 * @generated
	 */
	EAttribute getDatabaseSearch_Records();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.PrismaFlow <em>Prisma Flow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prisma Flow</em>'.
	 * @see org.radwb.model.PrismaFlow
	 * @generated
	 */
	EClass getPrismaFlow();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getDuplicatesRemoved <em>Duplicates Removed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duplicates Removed</em>'.
	 * @see org.radwb.model.PrismaFlow#getDuplicatesRemoved()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_DuplicatesRemoved();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getOtherRemoved <em>Other Removed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Other Removed</em>'.
	 * @see org.radwb.model.PrismaFlow#getOtherRemoved()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_OtherRemoved();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getRecordsScreened <em>Records Screened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records Screened</em>'.
	 * @see org.radwb.model.PrismaFlow#getRecordsScreened()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_RecordsScreened();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getReportsSought <em>Reports Sought</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reports Sought</em>'.
	 * @see org.radwb.model.PrismaFlow#getReportsSought()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_ReportsSought();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getReportsNotRetrieved <em>Reports Not Retrieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reports Not Retrieved</em>'.
	 * @see org.radwb.model.PrismaFlow#getReportsNotRetrieved()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_ReportsNotRetrieved();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getReportsAssessed <em>Reports Assessed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reports Assessed</em>'.
	 * @see org.radwb.model.PrismaFlow#getReportsAssessed()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_ReportsAssessed();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.PrismaFlow#getStudiesIncluded <em>Studies Included</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Studies Included</em>'.
	 * @see org.radwb.model.PrismaFlow#getStudiesIncluded()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EAttribute getPrismaFlow_StudiesIncluded();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.PrismaFlow#getExclusions <em>Exclusions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Exclusions</em>'.
	 * @see org.radwb.model.PrismaFlow#getExclusions()
	 * @see #getPrismaFlow()
	 * @generated
	 */
	EReference getPrismaFlow_Exclusions();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Exclusion <em>Exclusion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Exclusion</em>'.
	 * @see org.radwb.model.Exclusion
	 * @generated
	 */
	EClass getExclusion();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Exclusion#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.radwb.model.Exclusion#getStage()
	 * @see #getExclusion()
	 * @generated
	 */
	EAttribute getExclusion_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Exclusion#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.radwb.model.Exclusion#getReason()
	 * @see #getExclusion()
	 * @generated
	 */
	EAttribute getExclusion_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Exclusion#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see org.radwb.model.Exclusion#getCount()
	 * @see #getExclusion()
	 * @generated
	 */
	EAttribute getExclusion_Count();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Reviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reviewer</em>'.
	 * @see org.radwb.model.Reviewer
	 * @generated
	 */
	EClass getReviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Reviewer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Reviewer#getId()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Reviewer#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.radwb.model.Reviewer#getName()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Reviewer#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.radwb.model.Reviewer#getInitials()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Initials();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Reviewer#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.radwb.model.Reviewer#getRole()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Role();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Study <em>Study</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Study</em>'.
	 * @see org.radwb.model.Study
	 * @generated
	 */
	EClass getStudy();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Study#getId()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Authors</em>'.
	 * @see org.radwb.model.Study#getAuthors()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Authors();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.radwb.model.Study#getYear()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.radwb.model.Study#getTitle()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getJournal <em>Journal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Journal</em>'.
	 * @see org.radwb.model.Study#getJournal()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Journal();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see org.radwb.model.Study#getDoi()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Doi();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getCountry <em>Country</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Country</em>'.
	 * @see org.radwb.model.Study#getCountry()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Country();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getDesign <em>Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Design</em>'.
	 * @see org.radwb.model.Study#getDesign()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Design();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getPatientCount <em>Patient Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Patient Count</em>'.
	 * @see org.radwb.model.Study#getPatientCount()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_PatientCount();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getLesionCount <em>Lesion Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lesion Count</em>'.
	 * @see org.radwb.model.Study#getLesionCount()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_LesionCount();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getPrimaryCancers <em>Primary Cancers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Cancers</em>'.
	 * @see org.radwb.model.Study#getPrimaryCancers()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_PrimaryCancers();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getTreatment <em>Treatment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Treatment</em>'.
	 * @see org.radwb.model.Study#getTreatment()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Treatment();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getTreatmentModel <em>Treatment Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Treatment Model</em>'.
	 * @see org.radwb.model.Study#getTreatmentModel()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_TreatmentModel();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getFractionation <em>Fractionation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fractionation</em>'.
	 * @see org.radwb.model.Study#getFractionation()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Fractionation();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getMriVendor <em>Mri Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mri Vendor</em>'.
	 * @see org.radwb.model.Study#getMriVendor()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_MriVendor();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getMriModel <em>Mri Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mri Model</em>'.
	 * @see org.radwb.model.Study#getMriModel()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_MriModel();

	/**
	 * Returns the meta object for the attribute list '{@link org.radwb.model.Study#getFieldStrengths <em>Field Strengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Field Strengths</em>'.
	 * @see org.radwb.model.Study#getFieldStrengths()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FieldStrengths();

	/**
	 * Returns the meta object for the attribute list '{@link org.radwb.model.Study#getSequences <em>Sequences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sequences</em>'.
	 * @see org.radwb.model.Study#getSequences()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Sequences();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getSegmentationSoftware <em>Segmentation Software</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segmentation Software</em>'.
	 * @see org.radwb.model.Study#getSegmentationSoftware()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_SegmentationSoftware();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getSegmentationMethod <em>Segmentation Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Segmentation Method</em>'.
	 * @see org.radwb.model.Study#getSegmentationMethod()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_SegmentationMethod();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getRadiomicsSoftware <em>Radiomics Software</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Radiomics Software</em>'.
	 * @see org.radwb.model.Study#getRadiomicsSoftware()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_RadiomicsSoftware();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getFeaturesExtracted <em>Features Extracted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Features Extracted</em>'.
	 * @see org.radwb.model.Study#getFeaturesExtracted()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FeaturesExtracted();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getFeaturesSelected <em>Features Selected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Features Selected</em>'.
	 * @see org.radwb.model.Study#getFeaturesSelected()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FeaturesSelected();

	/**
	 * Returns the meta object for the attribute list '{@link org.radwb.model.Study#getFeatureSelectionMethods <em>Feature Selection Methods</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Feature Selection Methods</em>'.
	 * @see org.radwb.model.Study#getFeatureSelectionMethods()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_FeatureSelectionMethods();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getTrainPercent <em>Train Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Train Percent</em>'.
	 * @see org.radwb.model.Study#getTrainPercent()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_TrainPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getValidationPercent <em>Validation Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation Percent</em>'.
	 * @see org.radwb.model.Study#getValidationPercent()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ValidationPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getTestPercent <em>Test Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Test Percent</em>'.
	 * @see org.radwb.model.Study#getTestPercent()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_TestPercent();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getSplitDescription <em>Split Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Split Description</em>'.
	 * @see org.radwb.model.Study#getSplitDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_SplitDescription();

	/**
	 * Returns the meta object for the attribute list '{@link org.radwb.model.Study#getClinicalFeatures <em>Clinical Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Clinical Features</em>'.
	 * @see org.radwb.model.Study#getClinicalFeatures()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_ClinicalFeatures();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getAlgorithmType <em>Algorithm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm Type</em>'.
	 * @see org.radwb.model.Study#getAlgorithmType()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_AlgorithmType();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getAlgorithms <em>Algorithms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithms</em>'.
	 * @see org.radwb.model.Study#getAlgorithms()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Algorithms();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getAlgorithmSoftware <em>Algorithm Software</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm Software</em>'.
	 * @see org.radwb.model.Study#getAlgorithmSoftware()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_AlgorithmSoftware();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getEndpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint</em>'.
	 * @see org.radwb.model.Study#getEndpoint()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Endpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getEndpointDescription <em>Endpoint Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Endpoint Description</em>'.
	 * @see org.radwb.model.Study#getEndpointDescription()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_EndpointDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Study#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.radwb.model.Study#getNotes()
	 * @see #getStudy()
	 * @generated
	 */
	EAttribute getStudy_Notes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Study#getResults <em>Results</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Results</em>'.
	 * @see org.radwb.model.Study#getResults()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Results();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Study#getPatients <em>Patients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Patients</em>'.
	 * @see org.radwb.model.Study#getPatients()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Patients();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Study#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see org.radwb.model.Study#getAssessments()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_Assessments();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Study#getModelRuns <em>Model Runs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Model Runs</em>'.
	 * @see org.radwb.model.Study#getModelRuns()
	 * @see #getStudy()
	 * @generated
	 */
	EReference getStudy_ModelRuns();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.ReportedMetric <em>Reported Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reported Metric</em>'.
	 * @see org.radwb.model.ReportedMetric
	 * @generated
	 */
	EClass getReportedMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ReportedMetric#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.radwb.model.ReportedMetric#getKind()
	 * @see #getReportedMetric()
	 * @generated
	 */
	EAttribute getReportedMetric_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ReportedMetric#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.radwb.model.ReportedMetric#getLabel()
	 * @see #getReportedMetric()
	 * @generated
	 */
	EAttribute getReportedMetric_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ReportedMetric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.radwb.model.ReportedMetric#getValue()
	 * @see #getReportedMetric()
	 * @generated
	 */
	EAttribute getReportedMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ReportedMetric#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.radwb.model.ReportedMetric#getLower()
	 * @see #getReportedMetric()
	 * @generated
	 */
	EAttribute getReportedMetric_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ReportedMetric#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.radwb.model.ReportedMetric#getUpper()
	 * @see #getReportedMetric()
	 * @generated
	 */
	EAttribute getReportedMetric_Upper();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ReportedMetric#getCohort <em>Cohort</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cohort</em>'.
	 * @see org.radwb.model.ReportedMetric#getCohort()
	 * @see #getReportedMetric()
	 * @generated
	 */
	EAttribute getReportedMetric_Cohort();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Patient <em>Patient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Patient</em>'.
	 * @see org.radwb.model.Patient
	 * @generated
	 */
	EClass getPatient();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Patient#getId()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getAge <em>Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Age</em>'.
	 * @see org.radwb.model.Patient#getAge()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Age();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.radwb.model.Patient#getSex()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getKps <em>Kps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kps</em>'.
	 * @see org.radwb.model.Patient#getKps()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_Kps();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getPrimaryCancer <em>Primary Cancer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Primary Cancer</em>'.
	 * @see org.radwb.model.Patient#getPrimaryCancer()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_PrimaryCancer();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#isExtracranialDisease <em>Extracranial Disease</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Extracranial Disease</em>'.
	 * @see org.radwb.model.Patient#isExtracranialDisease()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_ExtracranialDisease();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getSystemicTherapy <em>Systemic Therapy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Systemic Therapy</em>'.
	 * @see org.radwb.model.Patient#getSystemicTherapy()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_SystemicTherapy();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Patient#getDicomPatientId <em>Dicom Patient Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dicom Patient Id</em>'.
	 * @see org.radwb.model.Patient#getDicomPatientId()
	 * @see #getPatient()
	 * @generated
	 */
	EAttribute getPatient_DicomPatientId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Patient#getLesions <em>Lesions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Lesions</em>'.
	 * @see org.radwb.model.Patient#getLesions()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Lesions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Patient#getImages <em>Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Images</em>'.
	 * @see org.radwb.model.Patient#getImages()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_Images();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Patient#getFeatureSets <em>Feature Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feature Sets</em>'.
	 * @see org.radwb.model.Patient#getFeatureSets()
	 * @see #getPatient()
	 * @generated
	 */
	EReference getPatient_FeatureSets();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Lesion <em>Lesion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Lesion</em>'.
	 * @see org.radwb.model.Lesion
	 * @generated
	 */
	EClass getLesion();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Lesion#getId()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getLocation <em>Location</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Location</em>'.
	 * @see org.radwb.model.Lesion#getLocation()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_Location();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getVolumeCc <em>Volume Cc</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Volume Cc</em>'.
	 * @see org.radwb.model.Lesion#getVolumeCc()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_VolumeCc();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getPrescriptionDoseGy <em>Prescription Dose Gy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prescription Dose Gy</em>'.
	 * @see org.radwb.model.Lesion#getPrescriptionDoseGy()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_PrescriptionDoseGy();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getIsodoseLinePercent <em>Isodose Line Percent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Isodose Line Percent</em>'.
	 * @see org.radwb.model.Lesion#getIsodoseLinePercent()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_IsodoseLinePercent();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getFractions <em>Fractions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fractions</em>'.
	 * @see org.radwb.model.Lesion#getFractions()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_Fractions();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#isLocalFailure <em>Local Failure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Local Failure</em>'.
	 * @see org.radwb.model.Lesion#isLocalFailure()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_LocalFailure();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getTimeToEventMonths <em>Time To Event Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time To Event Months</em>'.
	 * @see org.radwb.model.Lesion#getTimeToEventMonths()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_TimeToEventMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#isCensored <em>Censored</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Censored</em>'.
	 * @see org.radwb.model.Lesion#isCensored()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_Censored();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Lesion#getRoiName <em>Roi Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roi Name</em>'.
	 * @see org.radwb.model.Lesion#getRoiName()
	 * @see #getLesion()
	 * @generated
	 */
	EAttribute getLesion_RoiName();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Lesion#getSegmentations <em>Segmentations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Segmentations</em>'.
	 * @see org.radwb.model.Lesion#getSegmentations()
	 * @see #getLesion()
	 * @generated
	 */
	EReference getLesion_Segmentations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Lesion#getFeatureSets <em>Feature Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feature Sets</em>'.
	 * @see org.radwb.model.Lesion#getFeatureSets()
	 * @see #getLesion()
	 * @generated
	 */
	EReference getLesion_FeatureSets();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.ImageSeries <em>Image Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Image Series</em>'.
	 * @see org.radwb.model.ImageSeries
	 * @generated
	 */
	EClass getImageSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.ImageSeries#getId()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getSequence <em>Sequence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sequence</em>'.
	 * @see org.radwb.model.ImageSeries#getSequence()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Sequence();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getScanner <em>Scanner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scanner</em>'.
	 * @see org.radwb.model.ImageSeries#getScanner()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Scanner();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getFieldStrength <em>Field Strength</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field Strength</em>'.
	 * @see org.radwb.model.ImageSeries#getFieldStrength()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_FieldStrength();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getTimePoint <em>Time Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time Point</em>'.
	 * @see org.radwb.model.ImageSeries#getTimePoint()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_TimePoint();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.radwb.model.ImageSeries#getPath()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getSeriesInstanceUid <em>Series Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Series Instance Uid</em>'.
	 * @see org.radwb.model.ImageSeries#getSeriesInstanceUid()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_SeriesInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getStudyInstanceUid <em>Study Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Study Instance Uid</em>'.
	 * @see org.radwb.model.ImageSeries#getStudyInstanceUid()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_StudyInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ImageSeries#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see org.radwb.model.ImageSeries#getModality()
	 * @see #getImageSeries()
	 * @generated
	 */
	EAttribute getImageSeries_Modality();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Segmentation <em>Segmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Segmentation</em>'.
	 * @see org.radwb.model.Segmentation
	 * @generated
	 */
	EClass getSegmentation();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Segmentation#getId()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.radwb.model.Segmentation#getPath()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.radwb.model.Segmentation#getLabel()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getRater <em>Rater</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rater</em>'.
	 * @see org.radwb.model.Segmentation#getRater()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Rater();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.radwb.model.Segmentation#getMethod()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getSopInstanceUid <em>Sop Instance Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sop Instance Uid</em>'.
	 * @see org.radwb.model.Segmentation#getSopInstanceUid()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_SopInstanceUid();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Segmentation#getRoiNumber <em>Roi Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roi Number</em>'.
	 * @see org.radwb.model.Segmentation#getRoiNumber()
	 * @see #getSegmentation()
	 * @generated
	 */
	EAttribute getSegmentation_RoiNumber();

	/**
	 * Returns the meta object for the reference '{@link org.radwb.model.Segmentation#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.radwb.model.Segmentation#getImage()
	 * @see #getSegmentation()
	 * @generated
	 */
	EReference getSegmentation_Image();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.FeatureSet <em>Feature Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Set</em>'.
	 * @see org.radwb.model.FeatureSet
	 * @generated
	 */
	EClass getFeatureSet();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.FeatureSet#getId()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getEngine <em>Engine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine</em>'.
	 * @see org.radwb.model.FeatureSet#getEngine()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Engine();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getEngineVersion <em>Engine Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Engine Version</em>'.
	 * @see org.radwb.model.FeatureSet#getEngineVersion()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_EngineVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.radwb.model.FeatureSet#getMode()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getSettings <em>Settings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Settings</em>'.
	 * @see org.radwb.model.FeatureSet#getSettings()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Settings();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getImagePath <em>Image Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Path</em>'.
	 * @see org.radwb.model.FeatureSet#getImagePath()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_ImagePath();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getMaskPath <em>Mask Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mask Path</em>'.
	 * @see org.radwb.model.FeatureSet#getMaskPath()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_MaskPath();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.radwb.model.FeatureSet#getLabel()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getImageHash <em>Image Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Image Hash</em>'.
	 * @see org.radwb.model.FeatureSet#getImageHash()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_ImageHash();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getMaskHash <em>Mask Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mask Hash</em>'.
	 * @see org.radwb.model.FeatureSet#getMaskHash()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_MaskHash();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureSet#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.radwb.model.FeatureSet#getCreatedAt()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EAttribute getFeatureSet_CreatedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.FeatureSet#getValues <em>Values</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Values</em>'.
	 * @see org.radwb.model.FeatureSet#getValues()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EReference getFeatureSet_Values();

	/**
	 * Returns the meta object for the reference '{@link org.radwb.model.FeatureSet#getImage <em>Image</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Image</em>'.
	 * @see org.radwb.model.FeatureSet#getImage()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EReference getFeatureSet_Image();

	/**
	 * Returns the meta object for the reference '{@link org.radwb.model.FeatureSet#getSegmentation <em>Segmentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segmentation</em>'.
	 * @see org.radwb.model.FeatureSet#getSegmentation()
	 * @see #getFeatureSet()
	 * @generated
	 */
	EReference getFeatureSet_Segmentation();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.FeatureValue <em>Feature Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Value</em>'.
	 * @see org.radwb.model.FeatureValue
	 * @generated
	 */
	EClass getFeatureValue();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureValue#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.radwb.model.FeatureValue#getName()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureValue#getFamily <em>Family</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family</em>'.
	 * @see org.radwb.model.FeatureValue#getFamily()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_Family();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureValue#getIbsiCode <em>Ibsi Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ibsi Code</em>'.
	 * @see org.radwb.model.FeatureValue#getIbsiCode()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_IbsiCode();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureValue#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see org.radwb.model.FeatureValue#getAggregation()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.FeatureValue#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.radwb.model.FeatureValue#getValue()
	 * @see #getFeatureValue()
	 * @generated
	 */
	EAttribute getFeatureValue_Value();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.radwb.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.Assessment#getId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getChecklistId <em>Checklist Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checklist Id</em>'.
	 * @see org.radwb.model.Assessment#getChecklistId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ChecklistId();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getChecklistVersion <em>Checklist Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checklist Version</em>'.
	 * @see org.radwb.model.Assessment#getChecklistVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ChecklistVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getRater <em>Rater</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rater</em>'.
	 * @see org.radwb.model.Assessment#getRater()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Rater();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.radwb.model.Assessment#getKind()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.radwb.model.Assessment#getStatus()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getModifiedAt <em>Modified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified At</em>'.
	 * @see org.radwb.model.Assessment#getModifiedAt()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ModifiedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Assessment#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.radwb.model.Assessment#getSource()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.Assessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.radwb.model.Assessment#getAnswers()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Answers();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see org.radwb.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Answer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.radwb.model.Answer#getItemId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute list '{@link org.radwb.model.Answer#getOptionIds <em>Option Ids</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Option Ids</em>'.
	 * @see org.radwb.model.Answer#getOptionIds()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_OptionIds();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Answer#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.radwb.model.Answer#getPage()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Answer#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.radwb.model.Answer#getQuote()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Answer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.radwb.model.Answer#getComment()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Answer#getResolution <em>Resolution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolution</em>'.
	 * @see org.radwb.model.Answer#getResolution()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Resolution();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Answer#getResolvedBy <em>Resolved By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resolved By</em>'.
	 * @see org.radwb.model.Answer#getResolvedBy()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_ResolvedBy();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.ModelRun <em>Model Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Model Run</em>'.
	 * @see org.radwb.model.ModelRun
	 * @generated
	 */
	EClass getModelRun();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.radwb.model.ModelRun#getId()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getModelId <em>Model Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model Id</em>'.
	 * @see org.radwb.model.ModelRun#getModelId()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_ModelId();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Parameters</em>'.
	 * @see org.radwb.model.ModelRun#getParameters()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_Parameters();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.radwb.model.ModelRun#getOutcome()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_Outcome();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getValidation <em>Validation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validation</em>'.
	 * @see org.radwb.model.ModelRun#getValidation()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_Validation();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.radwb.model.ModelRun#getCreatedAt()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.ModelRun#getFolder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Folder</em>'.
	 * @see org.radwb.model.ModelRun#getFolder()
	 * @see #getModelRun()
	 * @generated
	 */
	EAttribute getModelRun_Folder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.radwb.model.ModelRun#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.radwb.model.ModelRun#getMetrics()
	 * @see #getModelRun()
	 * @generated
	 */
	EReference getModelRun_Metrics();

	/**
	 * Returns the meta object for class '{@link org.radwb.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.radwb.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Metric#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.radwb.model.Metric#getName()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.radwb.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Metric#getLower <em>Lower</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lower</em>'.
	 * @see org.radwb.model.Metric#getLower()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Lower();

	/**
	 * Returns the meta object for the attribute '{@link org.radwb.model.Metric#getUpper <em>Upper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Upper</em>'.
	 * @see org.radwb.model.Metric#getUpper()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Upper();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.StudyDesign <em>Study Design</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Study Design</em>'.
	 * @see org.radwb.model.StudyDesign
	 * @generated
	 */
	EEnum getStudyDesign();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.TreatmentModality <em>Treatment Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Treatment Modality</em>'.
	 * @see org.radwb.model.TreatmentModality
	 * @generated
	 */
	EEnum getTreatmentModality();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.AlgorithmType <em>Algorithm Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Algorithm Type</em>'.
	 * @see org.radwb.model.AlgorithmType
	 * @generated
	 */
	EEnum getAlgorithmType();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Endpoint</em>'.
	 * @see org.radwb.model.Endpoint
	 * @generated
	 */
	EEnum getEndpoint();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.radwb.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.SegmentationMethod <em>Segmentation Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Segmentation Method</em>'.
	 * @see org.radwb.model.SegmentationMethod
	 * @generated
	 */
	EEnum getSegmentationMethod();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.MetricKind <em>Metric Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Metric Kind</em>'.
	 * @see org.radwb.model.MetricKind
	 * @generated
	 */
	EEnum getMetricKind();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.ScreeningStage <em>Screening Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Screening Stage</em>'.
	 * @see org.radwb.model.ScreeningStage
	 * @generated
	 */
	EEnum getScreeningStage();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.AssessmentKind <em>Assessment Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Kind</em>'.
	 * @see org.radwb.model.AssessmentKind
	 * @generated
	 */
	EEnum getAssessmentKind();

	/**
	 * Returns the meta object for enum '{@link org.radwb.model.AssessmentStatus <em>Assessment Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment Status</em>'.
	 * @see org.radwb.model.AssessmentStatus
	 * @generated
	 */
	EEnum getAssessmentStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReviewFactory getReviewFactory();

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
		 * The meta object literal for the '{@link org.radwb.model.impl.ReviewImpl <em>Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.ReviewImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getReview()
		 * @generated
		 */
		EClass REVIEW = eINSTANCE.getReview();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__ID = eINSTANCE.getReview_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__TITLE = eINSTANCE.getReview_Title();

		/**
		 * The meta object literal for the '<em><b>Question</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__QUESTION = eINSTANCE.getReview_Question();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__POPULATION = eINSTANCE.getReview_Population();

		/**
		 * The meta object literal for the '<em><b>Intervention</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__INTERVENTION = eINSTANCE.getReview_Intervention();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__COMPARATOR = eINSTANCE.getReview_Comparator();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__OUTCOME = eINSTANCE.getReview_Outcome();

		/**
		 * The meta object literal for the '<em><b>Citation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__CITATION = eINSTANCE.getReview_Citation();

		/**
		 * The meta object literal for the '<em><b>License</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__LICENSE = eINSTANCE.getReview_License();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__NOTES = eINSTANCE.getReview_Notes();

		/**
		 * The meta object literal for the '<em><b>Searches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__SEARCHES = eINSTANCE.getReview_Searches();

		/**
		 * The meta object literal for the '<em><b>Prisma</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__PRISMA = eINSTANCE.getReview_Prisma();

		/**
		 * The meta object literal for the '<em><b>Reviewers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__REVIEWERS = eINSTANCE.getReview_Reviewers();

		/**
		 * The meta object literal for the '<em><b>Studies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__STUDIES = eINSTANCE.getReview_Studies();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.DatabaseSearchImpl <em>Database Search</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.DatabaseSearchImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getDatabaseSearch()
		 * @generated
		 */
		EClass DATABASE_SEARCH = eINSTANCE.getDatabaseSearch();

		/**
		 * The meta object literal for the '<em><b>Database</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE_SEARCH__DATABASE = eINSTANCE.getDatabaseSearch_Database();

		/**
		 * The meta object literal for the '<em><b>Search String</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE_SEARCH__SEARCH_STRING = eINSTANCE.getDatabaseSearch_SearchString();

		/**
		 * The meta object literal for the '<em><b>Date Searched</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE_SEARCH__DATE_SEARCHED = eINSTANCE.getDatabaseSearch_DateSearched();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE_SEARCH__RECORDS = eINSTANCE.getDatabaseSearch_Records();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.PrismaFlowImpl <em>Prisma Flow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.PrismaFlowImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getPrismaFlow()
		 * @generated
		 */
		EClass PRISMA_FLOW = eINSTANCE.getPrismaFlow();

		/**
		 * The meta object literal for the '<em><b>Duplicates Removed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__DUPLICATES_REMOVED = eINSTANCE.getPrismaFlow_DuplicatesRemoved();

		/**
		 * The meta object literal for the '<em><b>Other Removed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__OTHER_REMOVED = eINSTANCE.getPrismaFlow_OtherRemoved();

		/**
		 * The meta object literal for the '<em><b>Records Screened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__RECORDS_SCREENED = eINSTANCE.getPrismaFlow_RecordsScreened();

		/**
		 * The meta object literal for the '<em><b>Reports Sought</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__REPORTS_SOUGHT = eINSTANCE.getPrismaFlow_ReportsSought();

		/**
		 * The meta object literal for the '<em><b>Reports Not Retrieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__REPORTS_NOT_RETRIEVED = eINSTANCE.getPrismaFlow_ReportsNotRetrieved();

		/**
		 * The meta object literal for the '<em><b>Reports Assessed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__REPORTS_ASSESSED = eINSTANCE.getPrismaFlow_ReportsAssessed();

		/**
		 * The meta object literal for the '<em><b>Studies Included</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRISMA_FLOW__STUDIES_INCLUDED = eINSTANCE.getPrismaFlow_StudiesIncluded();

		/**
		 * The meta object literal for the '<em><b>Exclusions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRISMA_FLOW__EXCLUSIONS = eINSTANCE.getPrismaFlow_Exclusions();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.ExclusionImpl <em>Exclusion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.ExclusionImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getExclusion()
		 * @generated
		 */
		EClass EXCLUSION = eINSTANCE.getExclusion();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION__STAGE = eINSTANCE.getExclusion_Stage();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION__REASON = eINSTANCE.getExclusion_Reason();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXCLUSION__COUNT = eINSTANCE.getExclusion_Count();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.ReviewerImpl <em>Reviewer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.ReviewerImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getReviewer()
		 * @generated
		 */
		EClass REVIEWER = eINSTANCE.getReviewer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__ID = eINSTANCE.getReviewer_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__NAME = eINSTANCE.getReviewer_Name();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__INITIALS = eINSTANCE.getReviewer_Initials();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__ROLE = eINSTANCE.getReviewer_Role();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.StudyImpl <em>Study</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.StudyImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getStudy()
		 * @generated
		 */
		EClass STUDY = eINSTANCE.getStudy();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ID = eINSTANCE.getStudy_Id();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__AUTHORS = eINSTANCE.getStudy_Authors();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__YEAR = eINSTANCE.getStudy_Year();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TITLE = eINSTANCE.getStudy_Title();

		/**
		 * The meta object literal for the '<em><b>Journal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__JOURNAL = eINSTANCE.getStudy_Journal();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DOI = eINSTANCE.getStudy_Doi();

		/**
		 * The meta object literal for the '<em><b>Country</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__COUNTRY = eINSTANCE.getStudy_Country();

		/**
		 * The meta object literal for the '<em><b>Design</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__DESIGN = eINSTANCE.getStudy_Design();

		/**
		 * The meta object literal for the '<em><b>Patient Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PATIENT_COUNT = eINSTANCE.getStudy_PatientCount();

		/**
		 * The meta object literal for the '<em><b>Lesion Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__LESION_COUNT = eINSTANCE.getStudy_LesionCount();

		/**
		 * The meta object literal for the '<em><b>Primary Cancers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__PRIMARY_CANCERS = eINSTANCE.getStudy_PrimaryCancers();

		/**
		 * The meta object literal for the '<em><b>Treatment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TREATMENT = eINSTANCE.getStudy_Treatment();

		/**
		 * The meta object literal for the '<em><b>Treatment Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TREATMENT_MODEL = eINSTANCE.getStudy_TreatmentModel();

		/**
		 * The meta object literal for the '<em><b>Fractionation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FRACTIONATION = eINSTANCE.getStudy_Fractionation();

		/**
		 * The meta object literal for the '<em><b>Mri Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__MRI_VENDOR = eINSTANCE.getStudy_MriVendor();

		/**
		 * The meta object literal for the '<em><b>Mri Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__MRI_MODEL = eINSTANCE.getStudy_MriModel();

		/**
		 * The meta object literal for the '<em><b>Field Strengths</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FIELD_STRENGTHS = eINSTANCE.getStudy_FieldStrengths();

		/**
		 * The meta object literal for the '<em><b>Sequences</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SEQUENCES = eINSTANCE.getStudy_Sequences();

		/**
		 * The meta object literal for the '<em><b>Segmentation Software</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SEGMENTATION_SOFTWARE = eINSTANCE.getStudy_SegmentationSoftware();

		/**
		 * The meta object literal for the '<em><b>Segmentation Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SEGMENTATION_METHOD = eINSTANCE.getStudy_SegmentationMethod();

		/**
		 * The meta object literal for the '<em><b>Radiomics Software</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__RADIOMICS_SOFTWARE = eINSTANCE.getStudy_RadiomicsSoftware();

		/**
		 * The meta object literal for the '<em><b>Features Extracted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FEATURES_EXTRACTED = eINSTANCE.getStudy_FeaturesExtracted();

		/**
		 * The meta object literal for the '<em><b>Features Selected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FEATURES_SELECTED = eINSTANCE.getStudy_FeaturesSelected();

		/**
		 * The meta object literal for the '<em><b>Feature Selection Methods</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__FEATURE_SELECTION_METHODS = eINSTANCE.getStudy_FeatureSelectionMethods();

		/**
		 * The meta object literal for the '<em><b>Train Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TRAIN_PERCENT = eINSTANCE.getStudy_TrainPercent();

		/**
		 * The meta object literal for the '<em><b>Validation Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__VALIDATION_PERCENT = eINSTANCE.getStudy_ValidationPercent();

		/**
		 * The meta object literal for the '<em><b>Test Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__TEST_PERCENT = eINSTANCE.getStudy_TestPercent();

		/**
		 * The meta object literal for the '<em><b>Split Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__SPLIT_DESCRIPTION = eINSTANCE.getStudy_SplitDescription();

		/**
		 * The meta object literal for the '<em><b>Clinical Features</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__CLINICAL_FEATURES = eINSTANCE.getStudy_ClinicalFeatures();

		/**
		 * The meta object literal for the '<em><b>Algorithm Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ALGORITHM_TYPE = eINSTANCE.getStudy_AlgorithmType();

		/**
		 * The meta object literal for the '<em><b>Algorithms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ALGORITHMS = eINSTANCE.getStudy_Algorithms();

		/**
		 * The meta object literal for the '<em><b>Algorithm Software</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ALGORITHM_SOFTWARE = eINSTANCE.getStudy_AlgorithmSoftware();

		/**
		 * The meta object literal for the '<em><b>Endpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ENDPOINT = eINSTANCE.getStudy_Endpoint();

		/**
		 * The meta object literal for the '<em><b>Endpoint Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__ENDPOINT_DESCRIPTION = eINSTANCE.getStudy_EndpointDescription();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STUDY__NOTES = eINSTANCE.getStudy_Notes();

		/**
		 * The meta object literal for the '<em><b>Results</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__RESULTS = eINSTANCE.getStudy_Results();

		/**
		 * The meta object literal for the '<em><b>Patients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__PATIENTS = eINSTANCE.getStudy_Patients();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__ASSESSMENTS = eINSTANCE.getStudy_Assessments();

		/**
		 * The meta object literal for the '<em><b>Model Runs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STUDY__MODEL_RUNS = eINSTANCE.getStudy_ModelRuns();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.ReportedMetricImpl <em>Reported Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.ReportedMetricImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getReportedMetric()
		 * @generated
		 */
		EClass REPORTED_METRIC = eINSTANCE.getReportedMetric();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_METRIC__KIND = eINSTANCE.getReportedMetric_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_METRIC__LABEL = eINSTANCE.getReportedMetric_Label();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_METRIC__VALUE = eINSTANCE.getReportedMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_METRIC__LOWER = eINSTANCE.getReportedMetric_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_METRIC__UPPER = eINSTANCE.getReportedMetric_Upper();

		/**
		 * The meta object literal for the '<em><b>Cohort</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORTED_METRIC__COHORT = eINSTANCE.getReportedMetric_Cohort();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.PatientImpl <em>Patient</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.PatientImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getPatient()
		 * @generated
		 */
		EClass PATIENT = eINSTANCE.getPatient();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__ID = eINSTANCE.getPatient_Id();

		/**
		 * The meta object literal for the '<em><b>Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__AGE = eINSTANCE.getPatient_Age();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__SEX = eINSTANCE.getPatient_Sex();

		/**
		 * The meta object literal for the '<em><b>Kps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__KPS = eINSTANCE.getPatient_Kps();

		/**
		 * The meta object literal for the '<em><b>Primary Cancer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__PRIMARY_CANCER = eINSTANCE.getPatient_PrimaryCancer();

		/**
		 * The meta object literal for the '<em><b>Extracranial Disease</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__EXTRACRANIAL_DISEASE = eINSTANCE.getPatient_ExtracranialDisease();

		/**
		 * The meta object literal for the '<em><b>Systemic Therapy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__SYSTEMIC_THERAPY = eINSTANCE.getPatient_SystemicTherapy();

		/**
		 * The meta object literal for the '<em><b>Dicom Patient Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PATIENT__DICOM_PATIENT_ID = eINSTANCE.getPatient_DicomPatientId();

		/**
		 * The meta object literal for the '<em><b>Lesions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__LESIONS = eINSTANCE.getPatient_Lesions();

		/**
		 * The meta object literal for the '<em><b>Images</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__IMAGES = eINSTANCE.getPatient_Images();

		/**
		 * The meta object literal for the '<em><b>Feature Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PATIENT__FEATURE_SETS = eINSTANCE.getPatient_FeatureSets();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.LesionImpl <em>Lesion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.LesionImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getLesion()
		 * @generated
		 */
		EClass LESION = eINSTANCE.getLesion();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__ID = eINSTANCE.getLesion_Id();

		/**
		 * The meta object literal for the '<em><b>Location</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__LOCATION = eINSTANCE.getLesion_Location();

		/**
		 * The meta object literal for the '<em><b>Volume Cc</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__VOLUME_CC = eINSTANCE.getLesion_VolumeCc();

		/**
		 * The meta object literal for the '<em><b>Prescription Dose Gy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__PRESCRIPTION_DOSE_GY = eINSTANCE.getLesion_PrescriptionDoseGy();

		/**
		 * The meta object literal for the '<em><b>Isodose Line Percent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__ISODOSE_LINE_PERCENT = eINSTANCE.getLesion_IsodoseLinePercent();

		/**
		 * The meta object literal for the '<em><b>Fractions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__FRACTIONS = eINSTANCE.getLesion_Fractions();

		/**
		 * The meta object literal for the '<em><b>Local Failure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__LOCAL_FAILURE = eINSTANCE.getLesion_LocalFailure();

		/**
		 * The meta object literal for the '<em><b>Time To Event Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__TIME_TO_EVENT_MONTHS = eINSTANCE.getLesion_TimeToEventMonths();

		/**
		 * The meta object literal for the '<em><b>Censored</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__CENSORED = eINSTANCE.getLesion_Censored();

		/**
		 * The meta object literal for the '<em><b>Roi Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LESION__ROI_NAME = eINSTANCE.getLesion_RoiName();

		/**
		 * The meta object literal for the '<em><b>Segmentations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LESION__SEGMENTATIONS = eINSTANCE.getLesion_Segmentations();

		/**
		 * The meta object literal for the '<em><b>Feature Sets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LESION__FEATURE_SETS = eINSTANCE.getLesion_FeatureSets();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.ImageSeriesImpl <em>Image Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.ImageSeriesImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getImageSeries()
		 * @generated
		 */
		EClass IMAGE_SERIES = eINSTANCE.getImageSeries();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__ID = eINSTANCE.getImageSeries_Id();

		/**
		 * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SEQUENCE = eINSTANCE.getImageSeries_Sequence();

		/**
		 * The meta object literal for the '<em><b>Scanner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SCANNER = eINSTANCE.getImageSeries_Scanner();

		/**
		 * The meta object literal for the '<em><b>Field Strength</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__FIELD_STRENGTH = eINSTANCE.getImageSeries_FieldStrength();

		/**
		 * The meta object literal for the '<em><b>Time Point</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__TIME_POINT = eINSTANCE.getImageSeries_TimePoint();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__PATH = eINSTANCE.getImageSeries_Path();

		/**
		 * The meta object literal for the '<em><b>Series Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__SERIES_INSTANCE_UID = eINSTANCE.getImageSeries_SeriesInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Study Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__STUDY_INSTANCE_UID = eINSTANCE.getImageSeries_StudyInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMAGE_SERIES__MODALITY = eINSTANCE.getImageSeries_Modality();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.SegmentationImpl <em>Segmentation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.SegmentationImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getSegmentation()
		 * @generated
		 */
		EClass SEGMENTATION = eINSTANCE.getSegmentation();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__ID = eINSTANCE.getSegmentation_Id();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__PATH = eINSTANCE.getSegmentation_Path();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__LABEL = eINSTANCE.getSegmentation_Label();

		/**
		 * The meta object literal for the '<em><b>Rater</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__RATER = eINSTANCE.getSegmentation_Rater();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__METHOD = eINSTANCE.getSegmentation_Method();

		/**
		 * The meta object literal for the '<em><b>Sop Instance Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__SOP_INSTANCE_UID = eINSTANCE.getSegmentation_SopInstanceUid();

		/**
		 * The meta object literal for the '<em><b>Roi Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SEGMENTATION__ROI_NUMBER = eINSTANCE.getSegmentation_RoiNumber();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SEGMENTATION__IMAGE = eINSTANCE.getSegmentation_Image();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.FeatureSetImpl <em>Feature Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.FeatureSetImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getFeatureSet()
		 * @generated
		 */
		EClass FEATURE_SET = eINSTANCE.getFeatureSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__ID = eINSTANCE.getFeatureSet_Id();

		/**
		 * The meta object literal for the '<em><b>Engine</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__ENGINE = eINSTANCE.getFeatureSet_Engine();

		/**
		 * The meta object literal for the '<em><b>Engine Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__ENGINE_VERSION = eINSTANCE.getFeatureSet_EngineVersion();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__MODE = eINSTANCE.getFeatureSet_Mode();

		/**
		 * The meta object literal for the '<em><b>Settings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__SETTINGS = eINSTANCE.getFeatureSet_Settings();

		/**
		 * The meta object literal for the '<em><b>Image Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__IMAGE_PATH = eINSTANCE.getFeatureSet_ImagePath();

		/**
		 * The meta object literal for the '<em><b>Mask Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__MASK_PATH = eINSTANCE.getFeatureSet_MaskPath();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__LABEL = eINSTANCE.getFeatureSet_Label();

		/**
		 * The meta object literal for the '<em><b>Image Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__IMAGE_HASH = eINSTANCE.getFeatureSet_ImageHash();

		/**
		 * The meta object literal for the '<em><b>Mask Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__MASK_HASH = eINSTANCE.getFeatureSet_MaskHash();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_SET__CREATED_AT = eINSTANCE.getFeatureSet_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Values</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_SET__VALUES = eINSTANCE.getFeatureSet_Values();

		/**
		 * The meta object literal for the '<em><b>Image</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_SET__IMAGE = eINSTANCE.getFeatureSet_Image();

		/**
		 * The meta object literal for the '<em><b>Segmentation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_SET__SEGMENTATION = eINSTANCE.getFeatureSet_Segmentation();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.FeatureValueImpl <em>Feature Value</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.FeatureValueImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getFeatureValue()
		 * @generated
		 */
		EClass FEATURE_VALUE = eINSTANCE.getFeatureValue();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__NAME = eINSTANCE.getFeatureValue_Name();

		/**
		 * The meta object literal for the '<em><b>Family</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__FAMILY = eINSTANCE.getFeatureValue_Family();

		/**
		 * The meta object literal for the '<em><b>Ibsi Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__IBSI_CODE = eINSTANCE.getFeatureValue_IbsiCode();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__AGGREGATION = eINSTANCE.getFeatureValue_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_VALUE__VALUE = eINSTANCE.getFeatureValue_Value();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.AssessmentImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ID = eINSTANCE.getAssessment_Id();

		/**
		 * The meta object literal for the '<em><b>Checklist Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CHECKLIST_ID = eINSTANCE.getAssessment_ChecklistId();

		/**
		 * The meta object literal for the '<em><b>Checklist Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__CHECKLIST_VERSION = eINSTANCE.getAssessment_ChecklistVersion();

		/**
		 * The meta object literal for the '<em><b>Rater</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RATER = eINSTANCE.getAssessment_Rater();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__KIND = eINSTANCE.getAssessment_Kind();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATUS = eINSTANCE.getAssessment_Status();

		/**
		 * The meta object literal for the '<em><b>Modified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__MODIFIED_AT = eINSTANCE.getAssessment_ModifiedAt();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SOURCE = eINSTANCE.getAssessment_Source();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ANSWERS = eINSTANCE.getAssessment_Answers();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.AnswerImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ITEM_ID = eINSTANCE.getAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>Option Ids</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__OPTION_IDS = eINSTANCE.getAnswer_OptionIds();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__PAGE = eINSTANCE.getAnswer_Page();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__QUOTE = eINSTANCE.getAnswer_Quote();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__COMMENT = eINSTANCE.getAnswer_Comment();

		/**
		 * The meta object literal for the '<em><b>Resolution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__RESOLUTION = eINSTANCE.getAnswer_Resolution();

		/**
		 * The meta object literal for the '<em><b>Resolved By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__RESOLVED_BY = eINSTANCE.getAnswer_ResolvedBy();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.ModelRunImpl <em>Model Run</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.ModelRunImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getModelRun()
		 * @generated
		 */
		EClass MODEL_RUN = eINSTANCE.getModelRun();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__ID = eINSTANCE.getModelRun_Id();

		/**
		 * The meta object literal for the '<em><b>Model Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__MODEL_ID = eINSTANCE.getModelRun_ModelId();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__PARAMETERS = eINSTANCE.getModelRun_Parameters();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__OUTCOME = eINSTANCE.getModelRun_Outcome();

		/**
		 * The meta object literal for the '<em><b>Validation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__VALIDATION = eINSTANCE.getModelRun_Validation();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__CREATED_AT = eINSTANCE.getModelRun_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Folder</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODEL_RUN__FOLDER = eINSTANCE.getModelRun_Folder();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MODEL_RUN__METRICS = eINSTANCE.getModelRun_Metrics();

		/**
		 * The meta object literal for the '{@link org.radwb.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.impl.MetricImpl
		 * @see org.radwb.model.impl.ReviewPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__NAME = eINSTANCE.getMetric_Name();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Lower</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__LOWER = eINSTANCE.getMetric_Lower();

		/**
		 * The meta object literal for the '<em><b>Upper</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UPPER = eINSTANCE.getMetric_Upper();

		/**
		 * The meta object literal for the '{@link org.radwb.model.StudyDesign <em>Study Design</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.StudyDesign
		 * @see org.radwb.model.impl.ReviewPackageImpl#getStudyDesign()
		 * @generated
		 */
		EEnum STUDY_DESIGN = eINSTANCE.getStudyDesign();

		/**
		 * The meta object literal for the '{@link org.radwb.model.TreatmentModality <em>Treatment Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.TreatmentModality
		 * @see org.radwb.model.impl.ReviewPackageImpl#getTreatmentModality()
		 * @generated
		 */
		EEnum TREATMENT_MODALITY = eINSTANCE.getTreatmentModality();

		/**
		 * The meta object literal for the '{@link org.radwb.model.AlgorithmType <em>Algorithm Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.AlgorithmType
		 * @see org.radwb.model.impl.ReviewPackageImpl#getAlgorithmType()
		 * @generated
		 */
		EEnum ALGORITHM_TYPE = eINSTANCE.getAlgorithmType();

		/**
		 * The meta object literal for the '{@link org.radwb.model.Endpoint <em>Endpoint</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.Endpoint
		 * @see org.radwb.model.impl.ReviewPackageImpl#getEndpoint()
		 * @generated
		 */
		EEnum ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '{@link org.radwb.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.Sex
		 * @see org.radwb.model.impl.ReviewPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.radwb.model.SegmentationMethod <em>Segmentation Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.SegmentationMethod
		 * @see org.radwb.model.impl.ReviewPackageImpl#getSegmentationMethod()
		 * @generated
		 */
		EEnum SEGMENTATION_METHOD = eINSTANCE.getSegmentationMethod();

		/**
		 * The meta object literal for the '{@link org.radwb.model.MetricKind <em>Metric Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.MetricKind
		 * @see org.radwb.model.impl.ReviewPackageImpl#getMetricKind()
		 * @generated
		 */
		EEnum METRIC_KIND = eINSTANCE.getMetricKind();

		/**
		 * The meta object literal for the '{@link org.radwb.model.ScreeningStage <em>Screening Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.ScreeningStage
		 * @see org.radwb.model.impl.ReviewPackageImpl#getScreeningStage()
		 * @generated
		 */
		EEnum SCREENING_STAGE = eINSTANCE.getScreeningStage();

		/**
		 * The meta object literal for the '{@link org.radwb.model.AssessmentKind <em>Assessment Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.AssessmentKind
		 * @see org.radwb.model.impl.ReviewPackageImpl#getAssessmentKind()
		 * @generated
		 */
		EEnum ASSESSMENT_KIND = eINSTANCE.getAssessmentKind();

		/**
		 * The meta object literal for the '{@link org.radwb.model.AssessmentStatus <em>Assessment Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.radwb.model.AssessmentStatus
		 * @see org.radwb.model.impl.ReviewPackageImpl#getAssessmentStatus()
		 * @generated
		 */
		EEnum ASSESSMENT_STATUS = eINSTANCE.getAssessmentStatus();

	}

} //ReviewPackage
