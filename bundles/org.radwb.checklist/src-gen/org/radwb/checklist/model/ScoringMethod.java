/**
 */
package org.radwb.checklist.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Scoring Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.radwb.checklist.model.ChecklistPackage#getScoringMethod()
 * @model
 * @generated
 */
public enum ScoringMethod implements Enumerator {
	/**
	 * The '<em><b>POINTS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total = sum of the points of the chosen options (RQS).
	 * <!-- end-model-doc -->
	 * @see #POINTS_VALUE
	 * @generated
	 * @ordered
	 */
	POINTS(0, "POINTS", "POINTS"),

	/**
	 * The '<em><b>WEIGHTED PERCENT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent = 100 * sum of weight*points over applicable items / sum of weights of applicable items (METRICS).
	 * <!-- end-model-doc -->
	 * @see #WEIGHTED_PERCENT_VALUE
	 * @generated
	 * @ordered
	 */
	WEIGHTED_PERCENT(1, "WEIGHTED_PERCENT", "WEIGHTED_PERCENT"),

	/**
	 * The '<em><b>UNSCORED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reporting checklist: the result is the share of applicable items reported (CLEAR).
	 * <!-- end-model-doc -->
	 * @see #UNSCORED_VALUE
	 * @generated
	 * @ordered
	 */
	UNSCORED(2, "UNSCORED", "UNSCORED");

	/**
	 * The '<em><b>POINTS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total = sum of the points of the chosen options (RQS).
	 * <!-- end-model-doc -->
	 * @see #POINTS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int POINTS_VALUE = 0;

	/**
	 * The '<em><b>WEIGHTED PERCENT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Percent = 100 * sum of weight*points over applicable items / sum of weights of applicable items (METRICS).
	 * <!-- end-model-doc -->
	 * @see #WEIGHTED_PERCENT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEIGHTED_PERCENT_VALUE = 1;

	/**
	 * The '<em><b>UNSCORED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Reporting checklist: the result is the share of applicable items reported (CLEAR).
	 * <!-- end-model-doc -->
	 * @see #UNSCORED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int UNSCORED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Scoring Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ScoringMethod[] VALUES_ARRAY =
		new ScoringMethod[] {
			POINTS,
			WEIGHTED_PERCENT,
			UNSCORED,
		};

	/**
	 * A public read-only list of all the '<em><b>Scoring Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ScoringMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Scoring Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScoringMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScoringMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scoring Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScoringMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ScoringMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Scoring Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ScoringMethod get(int value) {
		switch (value) {
			case POINTS_VALUE: return POINTS;
			case WEIGHTED_PERCENT_VALUE: return WEIGHTED_PERCENT;
			case UNSCORED_VALUE: return UNSCORED;
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
	private ScoringMethod(int value, String name, String literal) {
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
	
} //ScoringMethod
