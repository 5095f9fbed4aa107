/**
 */
package org.radwb.checklist.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Item Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.radwb.checklist.model.ChecklistPackage#getItemKind()
 * @model
 * @generated
 */
public enum ItemKind implements Enumerator {
	/**
	 * The '<em><b>SINGLE CHOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exactly one option; points may be negative and need not include 0 (RQS 5, 12).
	 * <!-- end-model-doc -->
	 * @see #SINGLE_CHOICE_VALUE
	 * @generated
	 * @ordered
	 */
	SINGLE_CHOICE(0, "SINGLE_CHOICE", "SINGLE_CHOICE"),

	/**
	 * The '<em><b>MULTI SELECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One or more options whose points add up; an exclusive option stands alone; an option may require others (RQS 1, 9, 10, 16).
	 * <!-- end-model-doc -->
	 * @see #MULTI_SELECT_VALUE
	 * @generated
	 * @ordered
	 */
	MULTI_SELECT(1, "MULTI_SELECT", "MULTI_SELECT"),

	/**
	 * The '<em><b>WEIGHTED YES NO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yes / no (/ n.a.) item whose points are multiplied by the item weight (METRICS).
	 * <!-- end-model-doc -->
	 * @see #WEIGHTED_YES_NO_VALUE
	 * @generated
	 * @ordered
	 */
	WEIGHTED_YES_NO(2, "WEIGHTED_YES_NO", "WEIGHTED_YES_NO"),

	/**
	 * The '<em><b>REPORTING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unscored yes / no / n.a. reporting item with a page reference (CLEAR).
	 * <!-- end-model-doc -->
	 * @see #REPORTING_VALUE
	 * @generated
	 * @ordered
	 */
	REPORTING(3, "REPORTING", "REPORTING");

	/**
	 * The '<em><b>SINGLE CHOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Exactly one option; points may be negative and need not include 0 (RQS 5, 12).
	 * <!-- end-model-doc -->
	 * @see #SINGLE_CHOICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SINGLE_CHOICE_VALUE = 0;

	/**
	 * The '<em><b>MULTI SELECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One or more options whose points add up; an exclusive option stands alone; an option may require others (RQS 1, 9, 10, 16).
	 * <!-- end-model-doc -->
	 * @see #MULTI_SELECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MULTI_SELECT_VALUE = 1;

	/**
	 * The '<em><b>WEIGHTED YES NO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Yes / no (/ n.a.) item whose points are multiplied by the item weight (METRICS).
	 * <!-- end-model-doc -->
	 * @see #WEIGHTED_YES_NO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int WEIGHTED_YES_NO_VALUE = 2;

	/**
	 * The '<em><b>REPORTING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unscored yes / no / n.a. reporting item with a page reference (CLEAR).
	 * <!-- end-model-doc -->
	 * @see #REPORTING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int REPORTING_VALUE = 3;

	/**
	 * An array of all the '<em><b>Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ItemKind[] VALUES_ARRAY =
		new ItemKind[] {
			SINGLE_CHOICE,
			MULTI_SELECT,
			WEIGHTED_YES_NO,
			REPORTING,
		};

	/**
	 * A public read-only list of all the '<em><b>Item Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ItemKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Item Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ItemKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Item Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ItemKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Item Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ItemKind get(int value) {
		switch (value) {
			case SINGLE_CHOICE_VALUE: return SINGLE_CHOICE;
			case MULTI_SELECT_VALUE: return MULTI_SELECT;
			case WEIGHTED_YES_NO_VALUE: return WEIGHTED_YES_NO;
			case REPORTING_VALUE: return REPORTING;
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
	private ItemKind(int value, String name, String literal) {
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
	
} //ItemKind
