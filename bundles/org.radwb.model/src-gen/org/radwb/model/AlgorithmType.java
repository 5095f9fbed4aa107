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
 * A representation of the literals of the enumeration '<em><b>Algorithm Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.radwb.model.ReviewPackage#getAlgorithmType()
 * @model
 * @generated
 */
public enum AlgorithmType implements Enumerator {
	/**
	 * The '<em><b>NOT REPORTED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REPORTED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_REPORTED(0, "NOT_REPORTED", "not-reported"),

	/**
	 * The '<em><b>MACHINE LEARNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MACHINE_LEARNING_VALUE
	 * @generated
	 * @ordered
	 */
	MACHINE_LEARNING(1, "MACHINE_LEARNING", "machine-learning"),

	/**
	 * The '<em><b>DEEP LEARNING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEEP_LEARNING_VALUE
	 * @generated
	 * @ordered
	 */
	DEEP_LEARNING(2, "DEEP_LEARNING", "deep-learning"),

	/**
	 * The '<em><b>STATISTICAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATISTICAL_VALUE
	 * @generated
	 * @ordered
	 */
	STATISTICAL(3, "STATISTICAL", "statistical"),

	/**
	 * The '<em><b>MIXED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED_VALUE
	 * @generated
	 * @ordered
	 */
	MIXED(4, "MIXED", "mixed");

	/**
	 * The '<em><b>NOT REPORTED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_REPORTED
	 * @model literal="not-reported"
	 * @generated
	 * @ordered
	 */
	public static final int NOT_REPORTED_VALUE = 0;

	/**
	 * The '<em><b>MACHINE LEARNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MACHINE_LEARNING
	 * @model literal="machine-learning"
	 * @generated
	 * @ordered
	 */
	public static final int MACHINE_LEARNING_VALUE = 1;

	/**
	 * The '<em><b>DEEP LEARNING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEEP_LEARNING
	 * @model literal="deep-learning"
	 * @generated
	 * @ordered
	 */
	public static final int DEEP_LEARNING_VALUE = 2;

	/**
	 * The '<em><b>STATISTICAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STATISTICAL
	 * @model literal="statistical"
	 * @generated
	 * @ordered
	 */
	public static final int STATISTICAL_VALUE = 3;

	/**
	 * The '<em><b>MIXED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MIXED
	 * @model literal="mixed"
	 * @generated
	 * @ordered
	 */
	public static final int MIXED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Algorithm Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AlgorithmType[] VALUES_ARRAY =
		new AlgorithmType[] {
			NOT_REPORTED,
			MACHINE_LEARNING,
			DEEP_LEARNING,
			STATISTICAL,
			MIXED,
		};

	/**
	 * A public read-only list of all the '<em><b>Algorithm Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AlgorithmType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Algorithm Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlgorithmType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlgorithmType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Algorithm Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlgorithmType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AlgorithmType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Algorithm Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AlgorithmType get(int value) {
		switch (value) {
			case NOT_REPORTED_VALUE: return NOT_REPORTED;
			case MACHINE_LEARNING_VALUE: return MACHINE_LEARNING;
			case DEEP_LEARNING_VALUE: return DEEP_LEARNING;
			case STATISTICAL_VALUE: return STATISTICAL;
			case MIXED_VALUE: return MIXED;
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
	private AlgorithmType(int value, String name, String literal) {
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
	
} //AlgorithmType
