/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.radwb.model.ReviewFactory;
import org.radwb.model.ReviewPackage;
import org.radwb.model.Study;

/**
 * This is the item provider adapter for a {@link org.radwb.model.Study} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class StudyItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StudyItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addAuthorsPropertyDescriptor(object);
			addYearPropertyDescriptor(object);
			addTitlePropertyDescriptor(object);
			addJournalPropertyDescriptor(object);
			addDoiPropertyDescriptor(object);
			addCountryPropertyDescriptor(object);
			addDesignPropertyDescriptor(object);
			addPatientCountPropertyDescriptor(object);
			addLesionCountPropertyDescriptor(object);
			addPrimaryCancersPropertyDescriptor(object);
			addTreatmentPropertyDescriptor(object);
			addTreatmentModelPropertyDescriptor(object);
			addFractionationPropertyDescriptor(object);
			addMriVendorPropertyDescriptor(object);
			addMriModelPropertyDescriptor(object);
			addFieldStrengthsPropertyDescriptor(object);
			addSequencesPropertyDescriptor(object);
			addSegmentationSoftwarePropertyDescriptor(object);
			addSegmentationMethodPropertyDescriptor(object);
			addRadiomicsSoftwarePropertyDescriptor(object);
			addFeaturesExtractedPropertyDescriptor(object);
			addFeaturesSelectedPropertyDescriptor(object);
			addFeatureSelectionMethodsPropertyDescriptor(object);
			addTrainPercentPropertyDescriptor(object);
			addValidationPercentPropertyDescriptor(object);
			addTestPercentPropertyDescriptor(object);
			addSplitDescriptionPropertyDescriptor(object);
			addClinicalFeaturesPropertyDescriptor(object);
			addAlgorithmTypePropertyDescriptor(object);
			addAlgorithmsPropertyDescriptor(object);
			addAlgorithmSoftwarePropertyDescriptor(object);
			addEndpointPropertyDescriptor(object);
			addEndpointDescriptionPropertyDescriptor(object);
			addNotesPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_id_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Authors feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAuthorsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_authors_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_authors_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__AUTHORS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_year_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_year_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Title feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTitlePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_title_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_title_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__TITLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Journal feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addJournalPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_journal_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_journal_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__JOURNAL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Doi feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDoiPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_doi_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_doi_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__DOI,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Country feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCountryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_country_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_country_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__COUNTRY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Design feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDesignPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_design_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_design_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__DESIGN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patient Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatientCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_patientCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_patientCount_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__PATIENT_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lesion Count feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLesionCountPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_lesionCount_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_lesionCount_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__LESION_COUNT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Primary Cancers feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPrimaryCancersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_primaryCancers_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_primaryCancers_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__PRIMARY_CANCERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Treatment feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTreatmentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_treatment_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_treatment_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__TREATMENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Treatment Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTreatmentModelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_treatmentModel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_treatmentModel_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__TREATMENT_MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Fractionation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFractionationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_fractionation_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_fractionation_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__FRACTIONATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mri Vendor feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMriVendorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_mriVendor_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_mriVendor_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__MRI_VENDOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mri Model feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMriModelPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_mriModel_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_mriModel_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__MRI_MODEL,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Field Strengths feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFieldStrengthsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_fieldStrengths_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_fieldStrengths_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__FIELD_STRENGTHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sequences feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSequencesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_sequences_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_sequences_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__SEQUENCES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Segmentation Software feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSegmentationSoftwarePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_segmentationSoftware_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_segmentationSoftware_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__SEGMENTATION_SOFTWARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Segmentation Method feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSegmentationMethodPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_segmentationMethod_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_segmentationMethod_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__SEGMENTATION_METHOD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Radiomics Software feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRadiomicsSoftwarePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_radiomicsSoftware_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_radiomicsSoftware_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__RADIOMICS_SOFTWARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Features Extracted feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeaturesExtractedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_featuresExtracted_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_featuresExtracted_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__FEATURES_EXTRACTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Features Selected feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeaturesSelectedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_featuresSelected_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_featuresSelected_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__FEATURES_SELECTED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Feature Selection Methods feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFeatureSelectionMethodsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_featureSelectionMethods_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_featureSelectionMethods_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__FEATURE_SELECTION_METHODS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Train Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrainPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_trainPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_trainPercent_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__TRAIN_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Validation Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidationPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_validationPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_validationPercent_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__VALIDATION_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Test Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTestPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_testPercent_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_testPercent_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__TEST_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Split Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSplitDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_splitDescription_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_splitDescription_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__SPLIT_DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Clinical Features feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClinicalFeaturesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_clinicalFeatures_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_clinicalFeatures_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__CLINICAL_FEATURES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Algorithm Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAlgorithmTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_algorithmType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_algorithmType_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__ALGORITHM_TYPE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Algorithms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAlgorithmsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_algorithms_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_algorithms_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__ALGORITHMS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Algorithm Software feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAlgorithmSoftwarePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_algorithmSoftware_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_algorithmSoftware_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__ALGORITHM_SOFTWARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Endpoint feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndpointPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_endpoint_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_endpoint_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__ENDPOINT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Endpoint Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEndpointDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_endpointDescription_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_endpointDescription_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__ENDPOINT_DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Notes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Study_notes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Study_notes_feature", "_UI_Study_type"),
				 ReviewPackage.Literals.STUDY__NOTES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(ReviewPackage.Literals.STUDY__RESULTS);
			childrenFeatures.add(ReviewPackage.Literals.STUDY__PATIENTS);
			childrenFeatures.add(ReviewPackage.Literals.STUDY__ASSESSMENTS);
			childrenFeatures.add(ReviewPackage.Literals.STUDY__MODEL_RUNS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Study.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Study"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Study)object).getId();
		return label == null || label.length() == 0 ?
			getString("_UI_Study_type") :
			getString("_UI_Study_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Study.class)) {
			case ReviewPackage.STUDY__ID:
			case ReviewPackage.STUDY__AUTHORS:
			case ReviewPackage.STUDY__YEAR:
			case ReviewPackage.STUDY__TITLE:
			case ReviewPackage.STUDY__JOURNAL:
			case ReviewPackage.STUDY__DOI:
			case ReviewPackage.STUDY__COUNTRY:
			case ReviewPackage.STUDY__DESIGN:
			case ReviewPackage.STUDY__PATIENT_COUNT:
			case ReviewPackage.STUDY__LESION_COUNT:
			case ReviewPackage.STUDY__PRIMARY_CANCERS:
			case ReviewPackage.STUDY__TREATMENT:
			case ReviewPackage.STUDY__TREATMENT_MODEL:
			case ReviewPackage.STUDY__FRACTIONATION:
			case ReviewPackage.STUDY__MRI_VENDOR:
			case ReviewPackage.STUDY__MRI_MODEL:
			case ReviewPackage.STUDY__FIELD_STRENGTHS:
			case ReviewPackage.STUDY__SEQUENCES:
			case ReviewPackage.STUDY__SEGMENTATION_SOFTWARE:
			case ReviewPackage.STUDY__SEGMENTATION_METHOD:
			case ReviewPackage.STUDY__RADIOMICS_SOFTWARE:
			case ReviewPackage.STUDY__FEATURES_EXTRACTED:
			case ReviewPackage.STUDY__FEATURES_SELECTED:
			case ReviewPackage.STUDY__FEATURE_SELECTION_METHODS:
			case ReviewPackage.STUDY__TRAIN_PERCENT:
			case ReviewPackage.STUDY__VALIDATION_PERCENT:
			case ReviewPackage.STUDY__TEST_PERCENT:
			case ReviewPackage.STUDY__SPLIT_DESCRIPTION:
			case ReviewPackage.STUDY__CLINICAL_FEATURES:
			case ReviewPackage.STUDY__ALGORITHM_TYPE:
			case ReviewPackage.STUDY__ALGORITHMS:
			case ReviewPackage.STUDY__ALGORITHM_SOFTWARE:
			case ReviewPackage.STUDY__ENDPOINT:
			case ReviewPackage.STUDY__ENDPOINT_DESCRIPTION:
			case ReviewPackage.STUDY__NOTES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case ReviewPackage.STUDY__RESULTS:
			case ReviewPackage.STUDY__PATIENTS:
			case ReviewPackage.STUDY__ASSESSMENTS:
			case ReviewPackage.STUDY__MODEL_RUNS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(ReviewPackage.Literals.STUDY__RESULTS,
				 ReviewFactory.eINSTANCE.createReportedMetric()));

		newChildDescriptors.add
			(createChildParameter
				(ReviewPackage.Literals.STUDY__PATIENTS,
				 ReviewFactory.eINSTANCE.createPatient()));

		newChildDescriptors.add
			(createChildParameter
				(ReviewPackage.Literals.STUDY__ASSESSMENTS,
				 ReviewFactory.eINSTANCE.createAssessment()));

		newChildDescriptors.add
			(createChildParameter
				(ReviewPackage.Literals.STUDY__MODEL_RUNS,
				 ReviewFactory.eINSTANCE.createModelRun()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return ReviewEditPlugin.INSTANCE;
	}

}
