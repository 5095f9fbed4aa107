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
 * A representation of the literals of the enumeration '<em><b>Treatment Modality</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.radwb.model.ReviewPackage#getTreatmentModality()
 * @model
 * @generated
 */
public enum TreatmentModality implements Enumerator {
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
	 * The '<em><b>GAMMA KNIFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAMMA_KNIFE_VALUE
	 * @generated
	 * @ordered
	 */
	GAMMA_KNIFE(1, "GAMMA_KNIFE", "gamma-knife"),

	/**
	 * The '<em><b>CYBERKNIFE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYBERKNIFE_VALUE
	 * @generated
	 * @ordered
	 */
	CYBERKNIFE(2, "CYBERKNIFE", "cyberknife"),

	/**
	 * The '<em><b>LINAC</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINAC_VALUE
	 * @generated
	 * @ordered
	 */
	LINAC(3, "LINAC", "linac"),

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
	 * The '<em><b>GAMMA KNIFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GAMMA_KNIFE
	 * @model literal="gamma-knife"
	 * @generated
	 * @ordered
	 */
	public static final int GAMMA_KNIFE_VALUE = 1;

	/**
	 * The '<em><b>CYBERKNIFE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CYBERKNIFE
	 * @model literal="cyberknife"
	 * @generated
	 * @ordered
	 */
	public static final int CYBERKNIFE_VALUE = 2;

	/**
	 * The '<em><b>LINAC</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINAC
	 * @model literal="linac"
	 * @generated
	 * @ordered
	 */
	public static final int LINAC_VALUE = 3;

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
	 * An array of all the '<em><b>Treatment Modality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TreatmentModality[] VALUES_ARRAY =
		new TreatmentModality[] {
			NOT_REPORTED,
			GAMMA_KNIFE,
			CYBERKNIFE,
			LINAC,
			MIXED,
		};

	/**
	 * A public read-only list of all the '<em><b>Treatment Modality</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TreatmentModality> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Treatment Modality</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TreatmentModality get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TreatmentModality result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Treatment Modality</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TreatmentModality getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TreatmentModality result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Treatment Modality</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TreatmentModality get(int value) {
		switch (value) {
			case NOT_REPORTED_VALUE: return NOT_REPORTED;
			case GAMMA_KNIFE_VALUE: return GAMMA_KNIFE;
			case CYBERKNIFE_VALUE: return CYBERKNIFE;
			case LINAC_VALUE: return LINAC;
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
	private TreatmentModality(int value, String name, String literal) {
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
	
} //TreatmentModality
