/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Metric Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.radwb.model.ReviewPackage#getMetricKind()
 * @model
 * @generated
 */
public enum MetricKind implements Enumerator {
	/**
	 * The '<em><b>AUC RADIOMIC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_RADIOMIC_VALUE
	 * @generated
	 * @ordered
	 */
	AUC_RADIOMIC(0, "AUC_RADIOMIC", "auc-radiomic"),

	/**
	 * The '<em><b>AUC CLINICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_CLINICAL_VALUE
	 * @generated
	 * @ordered
	 */
	AUC_CLINICAL(1, "AUC_CLINICAL", "auc-clinical"),

	/**
	 * The '<em><b>AUC COMBINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_COMBINED_VALUE
	 * @generated
	 * @ordered
	 */
	AUC_COMBINED(2, "AUC_COMBINED", "auc-combined"),

	/**
	 * The '<em><b>AUC EXTERNAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_EXTERNAL_VALUE
	 * @generated
	 * @ordered
	 */
	AUC_EXTERNAL(3, "AUC_EXTERNAL", "auc-external"),

	/**
	 * The '<em><b>ACCURACY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCURACY_VALUE
	 * @generated
	 * @ordered
	 */
	ACCURACY(4, "ACCURACY", "accuracy"),

	/**
	 * The '<em><b>SENSITIVITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENSITIVITY_VALUE
	 * @generated
	 * @ordered
	 */
	SENSITIVITY(5, "SENSITIVITY", "sensitivity"),

	/**
	 * The '<em><b>SPECIFICITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFICITY_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIFICITY(6, "SPECIFICITY", "specificity"),

	/**
	 * The '<em><b>CINDEX UNIVARIATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CINDEX_UNIVARIATE_VALUE
	 * @generated
	 * @ordered
	 */
	CINDEX_UNIVARIATE(7, "CINDEX_UNIVARIATE", "cindex-univariate"),

	/**
	 * The '<em><b>CINDEX MULTIVARIATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CINDEX_MULTIVARIATE_VALUE
	 * @generated
	 * @ordered
	 */
	CINDEX_MULTIVARIATE(8, "CINDEX_MULTIVARIATE", "cindex-multivariate"),

	/**
	 * The '<em><b>CINDEX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CINDEX_VALUE
	 * @generated
	 * @ordered
	 */
	CINDEX(9, "CINDEX", "cindex"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(10, "OTHER", "other");

	/**
	 * The '<em><b>AUC RADIOMIC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_RADIOMIC
	 * @model literal="auc-radiomic"
	 * @generated
	 * @ordered
	 */
	public static final int AUC_RADIOMIC_VALUE = 0;

	/**
	 * The '<em><b>AUC CLINICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_CLINICAL
	 * @model literal="auc-clinical"
	 * @generated
	 * @ordered
	 */
	public static final int AUC_CLINICAL_VALUE = 1;

	/**
	 * The '<em><b>AUC COMBINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_COMBINED
	 * @model literal="auc-combined"
	 * @generated
	 * @ordered
	 */
	public static final int AUC_COMBINED_VALUE = 2;

	/**
	 * The '<em><b>AUC EXTERNAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUC_EXTERNAL
	 * @model literal="auc-external"
	 * @generated
	 * @ordered
	 */
	public static final int AUC_EXTERNAL_VALUE = 3;

	/**
	 * The '<em><b>ACCURACY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ACCURACY
	 * @model literal="accuracy"
	 * @generated
	 * @ordered
	 */
	public static final int ACCURACY_VALUE = 4;

	/**
	 * The '<em><b>SENSITIVITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENSITIVITY
	 * @model literal="sensitivity"
	 * @generated
	 * @ordered
	 */
	public static final int SENSITIVITY_VALUE = 5;

	/**
	 * The '<em><b>SPECIFICITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFICITY
	 * @model literal="specificity"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIFICITY_VALUE = 6;

	/**
	 * The '<em><b>CINDEX UNIVARIATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CINDEX_UNIVARIATE
	 * @model literal="cindex-univariate"
	 * @generated
	 * @ordered
	 */
	public static final int CINDEX_UNIVARIATE_VALUE = 7;

	/**
	 * The '<em><b>CINDEX MULTIVARIATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CINDEX_MULTIVARIATE
	 * @model literal="cindex-multivariate"
	 * @generated
	 * @ordered
	 */
	public static final int CINDEX_MULTIVARIATE_VALUE = 8;

	/**
	 * The '<em><b>CINDEX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CINDEX
	 * @model literal="cindex"
	 * @generated
	 * @ordered
	 */
	public static final int CINDEX_VALUE = 9;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 10;

	/**
	 * An array of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MetricKind[] VALUES_ARRAY =
		new MetricKind[] {
			AUC_RADIOMIC,
			AUC_CLINICAL,
			AUC_COMBINED,
			AUC_EXTERNAL,
			ACCURACY,
			SENSITIVITY,
			SPECIFICITY,
			CINDEX_UNIVARIATE,
			CINDEX_MULTIVARIATE,
			CINDEX,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Metric Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MetricKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MetricKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Metric Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MetricKind get(int value) {
		switch (value) {
			case AUC_RADIOMIC_VALUE: return AUC_RADIOMIC;
			case AUC_CLINICAL_VALUE: return AUC_CLINICAL;
			case AUC_COMBINED_VALUE: return AUC_COMBINED;
			case AUC_EXTERNAL_VALUE: return AUC_EXTERNAL;
			case ACCURACY_VALUE: return ACCURACY;
			case SENSITIVITY_VALUE: return SENSITIVITY;
			case SPECIFICITY_VALUE: return SPECIFICITY;
			case CINDEX_UNIVARIATE_VALUE: return CINDEX_UNIVARIATE;
			case CINDEX_MULTIVARIATE_VALUE: return CINDEX_MULTIVARIATE;
			case CINDEX_VALUE: return CINDEX;
			case OTHER_VALUE: return OTHER;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MetricKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MetricKind
