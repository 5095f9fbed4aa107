/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Database Search</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One bibliographic database searched, with its search string and the records it returned.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.DatabaseSearch#getDatabase <em>Database</em>}</li>
 *   <li>{@link org.radwb.model.DatabaseSearch#getSearchString <em>Search String</em>}</li>
 *   <li>{@link org.radwb.model.DatabaseSearch#getDateSearched <em>Date Searched</em>}</li>
 *   <li>{@link org.radwb.model.DatabaseSearch#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getDatabaseSearch()
 * @model
 * @generated
 */
public interface DatabaseSearch extends EObject {
	/**
	 * Returns the value of the '<em><b>Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Database</em>' attribute.
	 * @see #setDatabase(String)
	 * @see org.radwb.model.ReviewPackage#getDatabaseSearch_Database()
	 * @model
	 * @generated
	 */
	String getDatabase();

	/**
	 * Sets the value of the '{@link org.radwb.model.DatabaseSearch#getDatabase <em>Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database</em>' attribute.
	 * @see #getDatabase()
	 * @generated
	 */
	void setDatabase(String value);

	/**
	 * Returns the value of the '<em><b>Search String</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Search String</em>' attribute.
	 * @see #setSearchString(String)
	 * @see org.radwb.model.ReviewPackage#getDatabaseSearch_SearchString()
	 * @model
	 * @generated
	 */
	String getSearchString();

	/**
	 * Sets the value of the '{@link org.radwb.model.DatabaseSearch#getSearchString <em>Search String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Search String</em>' attribute.
	 * @see #getSearchString()
	 * @generated
	 */
	void setSearchString(String value);

	/**
	 * Returns the value of the '<em><b>Date Searched</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Searched</em>' attribute.
	 * @see #setDateSearched(String)
	 * @see org.radwb.model.ReviewPackage#getDatabaseSearch_DateSearched()
	 * @model
	 * @generated
	 */
	String getDateSearched();

	/**
	 * Sets the value of the '{@link org.radwb.model.DatabaseSearch#getDateSearched <em>Date Searched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Searched</em>' attribute.
	 * @see #getDateSearched()
	 * @generated
	 */
	void setDateSearched(String value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records</em>' attribute.
	 * @see #isSetRecords()
	 * @see #unsetRecords()
	 * @see #setRecords(int)
	 * @see org.radwb.model.ReviewPackage#getDatabaseSearch_Records()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRecords();

	/**
	 * Sets the value of the '{@link org.radwb.model.DatabaseSearch#getRecords <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records</em>' attribute.
	 * @see #isSetRecords()
	 * @see #unsetRecords()
	 * @see #getRecords()
	 * @generated
	 */
	void setRecords(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.DatabaseSearch#getRecords <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRecords()
	 * @see #getRecords()
	 * @see #setRecords(int)
	 * @generated
	 */
	void unsetRecords();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.DatabaseSearch#getRecords <em>Records</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Records</em>' attribute is set.
	 * @see #unsetRecords()
	 * @see #getRecords()
	 * @see #setRecords(int)
	 * @generated
	 */
	boolean isSetRecords();

} // DatabaseSearch
