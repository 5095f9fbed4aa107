/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.radwb.model.DatabaseSearch;
import org.radwb.model.ReviewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Database Search</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.impl.DatabaseSearchImpl#getDatabase <em>Database</em>}</li>
 *   <li>{@link org.radwb.model.impl.DatabaseSearchImpl#getSearchString <em>Search String</em>}</li>
 *   <li>{@link org.radwb.model.impl.DatabaseSearchImpl#getDateSearched <em>Date Searched</em>}</li>
 *   <li>{@link org.radwb.model.impl.DatabaseSearchImpl#getRecords <em>Records</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatabaseSearchImpl extends MinimalEObjectImpl.Container implements DatabaseSearch {
	/**
	 * The default value of the '{@link #getDatabase() <em>Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabase()
	 * @generated
	 * @ordered
	 */
	protected static final String DATABASE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDatabase() <em>Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDatabase()
	 * @generated
	 * @ordered
	 */
	protected String database = DATABASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSearchString() <em>Search String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSearchString()
	 * @generated
	 * @ordered
	 */
	protected static final String SEARCH_STRING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSearchString() <em>Search String</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSearchString()
	 * @generated
	 * @ordered
	 */
	protected String searchString = SEARCH_STRING_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateSearched() <em>Date Searched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateSearched()
	 * @generated
	 * @ordered
	 */
	protected static final String DATE_SEARCHED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateSearched() <em>Date Searched</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateSearched()
	 * @generated
	 * @ordered
	 */
	protected String dateSearched = DATE_SEARCHED_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecords() <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected static final int RECORDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected int records = RECORDS_EDEFAULT;

	/**
	 * This is true if the Records attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean recordsESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatabaseSearchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ReviewPackage.Literals.DATABASE_SEARCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDatabase() {
		return database;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDatabase(String newDatabase) {
		String oldDatabase = database;
		database = newDatabase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DATABASE_SEARCH__DATABASE, oldDatabase, database));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSearchString() {
		return searchString;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSearchString(String newSearchString) {
		String oldSearchString = searchString;
		searchString = newSearchString;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DATABASE_SEARCH__SEARCH_STRING, oldSearchString, searchString));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDateSearched() {
		return dateSearched;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateSearched(String newDateSearched) {
		String oldDateSearched = dateSearched;
		dateSearched = newDateSearched;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DATABASE_SEARCH__DATE_SEARCHED, oldDateSearched, dateSearched));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecords() {
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecords(int newRecords) {
		int oldRecords = records;
		records = newRecords;
		boolean oldRecordsESet = recordsESet;
		recordsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ReviewPackage.DATABASE_SEARCH__RECORDS, oldRecords, records, !oldRecordsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetRecords() {
		int oldRecords = records;
		boolean oldRecordsESet = recordsESet;
		records = RECORDS_EDEFAULT;
		recordsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ReviewPackage.DATABASE_SEARCH__RECORDS, oldRecords, RECORDS_EDEFAULT, oldRecordsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetRecords() {
		return recordsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ReviewPackage.DATABASE_SEARCH__DATABASE:
				return getDatabase();
			case ReviewPackage.DATABASE_SEARCH__SEARCH_STRING:
				return getSearchString();
			case ReviewPackage.DATABASE_SEARCH__DATE_SEARCHED:
				return getDateSearched();
			case ReviewPackage.DATABASE_SEARCH__RECORDS:
				return getRecords();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ReviewPackage.DATABASE_SEARCH__DATABASE:
				setDatabase((String)newValue);
				return;
			case ReviewPackage.DATABASE_SEARCH__SEARCH_STRING:
				setSearchString((String)newValue);
				return;
			case ReviewPackage.DATABASE_SEARCH__DATE_SEARCHED:
				setDateSearched((String)newValue);
				return;
			case ReviewPackage.DATABASE_SEARCH__RECORDS:
				setRecords((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ReviewPackage.DATABASE_SEARCH__DATABASE:
				setDatabase(DATABASE_EDEFAULT);
				return;
			case ReviewPackage.DATABASE_SEARCH__SEARCH_STRING:
				setSearchString(SEARCH_STRING_EDEFAULT);
				return;
			case ReviewPackage.DATABASE_SEARCH__DATE_SEARCHED:
				setDateSearched(DATE_SEARCHED_EDEFAULT);
				return;
			case ReviewPackage.DATABASE_SEARCH__RECORDS:
				unsetRecords();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ReviewPackage.DATABASE_SEARCH__DATABASE:
				return DATABASE_EDEFAULT == null ? database != null : !DATABASE_EDEFAULT.equals(database);
			case ReviewPackage.DATABASE_SEARCH__SEARCH_STRING:
				return SEARCH_STRING_EDEFAULT == null ? searchString != null : !SEARCH_STRING_EDEFAULT.equals(searchString);
			case ReviewPackage.DATABASE_SEARCH__DATE_SEARCHED:
				return DATE_SEARCHED_EDEFAULT == null ? dateSearched != null : !DATE_SEARCHED_EDEFAULT.equals(dateSearched);
			case ReviewPackage.DATABASE_SEARCH__RECORDS:
				return isSetRecords();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (database: ");
		result.append(database);
		result.append(", searchString: ");
		result.append(searchString);
		result.append(", dateSearched: ");
		result.append(dateSearched);
		result.append(", records: ");
		if (recordsESet) result.append(records); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //DatabaseSearchImpl
