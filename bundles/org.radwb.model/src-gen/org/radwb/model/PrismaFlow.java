/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Prisma Flow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The PRISMA 2020 flow of records; every count is unset until reported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.PrismaFlow#getDuplicatesRemoved <em>Duplicates Removed</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getOtherRemoved <em>Other Removed</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getRecordsScreened <em>Records Screened</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getReportsSought <em>Reports Sought</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getReportsNotRetrieved <em>Reports Not Retrieved</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getReportsAssessed <em>Reports Assessed</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getStudiesIncluded <em>Studies Included</em>}</li>
 *   <li>{@link org.radwb.model.PrismaFlow#getExclusions <em>Exclusions</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getPrismaFlow()
 * @model
 * @generated
 */
public interface PrismaFlow extends EObject {
	/**
	 * Returns the value of the '<em><b>Duplicates Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duplicates Removed</em>' attribute.
	 * @see #isSetDuplicatesRemoved()
	 * @see #unsetDuplicatesRemoved()
	 * @see #setDuplicatesRemoved(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_DuplicatesRemoved()
	 * @model unsettable="true"
	 * @generated
	 */
	int getDuplicatesRemoved();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getDuplicatesRemoved <em>Duplicates Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duplicates Removed</em>' attribute.
	 * @see #isSetDuplicatesRemoved()
	 * @see #unsetDuplicatesRemoved()
	 * @see #getDuplicatesRemoved()
	 * @generated
	 */
	void setDuplicatesRemoved(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getDuplicatesRemoved <em>Duplicates Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDuplicatesRemoved()
	 * @see #getDuplicatesRemoved()
	 * @see #setDuplicatesRemoved(int)
	 * @generated
	 */
	void unsetDuplicatesRemoved();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getDuplicatesRemoved <em>Duplicates Removed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Duplicates Removed</em>' attribute is set.
	 * @see #unsetDuplicatesRemoved()
	 * @see #getDuplicatesRemoved()
	 * @see #setDuplicatesRemoved(int)
	 * @generated
	 */
	boolean isSetDuplicatesRemoved();

	/**
	 * Returns the value of the '<em><b>Other Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Other Removed</em>' attribute.
	 * @see #isSetOtherRemoved()
	 * @see #unsetOtherRemoved()
	 * @see #setOtherRemoved(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_OtherRemoved()
	 * @model unsettable="true"
	 * @generated
	 */
	int getOtherRemoved();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getOtherRemoved <em>Other Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Other Removed</em>' attribute.
	 * @see #isSetOtherRemoved()
	 * @see #unsetOtherRemoved()
	 * @see #getOtherRemoved()
	 * @generated
	 */
	void setOtherRemoved(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getOtherRemoved <em>Other Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOtherRemoved()
	 * @see #getOtherRemoved()
	 * @see #setOtherRemoved(int)
	 * @generated
	 */
	void unsetOtherRemoved();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getOtherRemoved <em>Other Removed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Other Removed</em>' attribute is set.
	 * @see #unsetOtherRemoved()
	 * @see #getOtherRemoved()
	 * @see #setOtherRemoved(int)
	 * @generated
	 */
	boolean isSetOtherRemoved();

	/**
	 * Returns the value of the '<em><b>Records Screened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records Screened</em>' attribute.
	 * @see #isSetRecordsScreened()
	 * @see #unsetRecordsScreened()
	 * @see #setRecordsScreened(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_RecordsScreened()
	 * @model unsettable="true"
	 * @generated
	 */
	int getRecordsScreened();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getRecordsScreened <em>Records Screened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records Screened</em>' attribute.
	 * @see #isSetRecordsScreened()
	 * @see #unsetRecordsScreened()
	 * @see #getRecordsScreened()
	 * @generated
	 */
	void setRecordsScreened(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getRecordsScreened <em>Records Screened</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetRecordsScreened()
	 * @see #getRecordsScreened()
	 * @see #setRecordsScreened(int)
	 * @generated
	 */
	void unsetRecordsScreened();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getRecordsScreened <em>Records Screened</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Records Screened</em>' attribute is set.
	 * @see #unsetRecordsScreened()
	 * @see #getRecordsScreened()
	 * @see #setRecordsScreened(int)
	 * @generated
	 */
	boolean isSetRecordsScreened();

	/**
	 * Returns the value of the '<em><b>Reports Sought</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports Sought</em>' attribute.
	 * @see #isSetReportsSought()
	 * @see #unsetReportsSought()
	 * @see #setReportsSought(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_ReportsSought()
	 * @model unsettable="true"
	 * @generated
	 */
	int getReportsSought();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getReportsSought <em>Reports Sought</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports Sought</em>' attribute.
	 * @see #isSetReportsSought()
	 * @see #unsetReportsSought()
	 * @see #getReportsSought()
	 * @generated
	 */
	void setReportsSought(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getReportsSought <em>Reports Sought</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReportsSought()
	 * @see #getReportsSought()
	 * @see #setReportsSought(int)
	 * @generated
	 */
	void unsetReportsSought();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getReportsSought <em>Reports Sought</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Reports Sought</em>' attribute is set.
	 * @see #unsetReportsSought()
	 * @see #getReportsSought()
	 * @see #setReportsSought(int)
	 * @generated
	 */
	boolean isSetReportsSought();

	/**
	 * Returns the value of the '<em><b>Reports Not Retrieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports Not Retrieved</em>' attribute.
	 * @see #isSetReportsNotRetrieved()
	 * @see #unsetReportsNotRetrieved()
	 * @see #setReportsNotRetrieved(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_ReportsNotRetrieved()
	 * @model unsettable="true"
	 * @generated
	 */
	int getReportsNotRetrieved();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getReportsNotRetrieved <em>Reports Not Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports Not Retrieved</em>' attribute.
	 * @see #isSetReportsNotRetrieved()
	 * @see #unsetReportsNotRetrieved()
	 * @see #getReportsNotRetrieved()
	 * @generated
	 */
	void setReportsNotRetrieved(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getReportsNotRetrieved <em>Reports Not Retrieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReportsNotRetrieved()
	 * @see #getReportsNotRetrieved()
	 * @see #setReportsNotRetrieved(int)
	 * @generated
	 */
	void unsetReportsNotRetrieved();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getReportsNotRetrieved <em>Reports Not Retrieved</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Reports Not Retrieved</em>' attribute is set.
	 * @see #unsetReportsNotRetrieved()
	 * @see #getReportsNotRetrieved()
	 * @see #setReportsNotRetrieved(int)
	 * @generated
	 */
	boolean isSetReportsNotRetrieved();

	/**
	 * Returns the value of the '<em><b>Reports Assessed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reports Assessed</em>' attribute.
	 * @see #isSetReportsAssessed()
	 * @see #unsetReportsAssessed()
	 * @see #setReportsAssessed(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_ReportsAssessed()
	 * @model unsettable="true"
	 * @generated
	 */
	int getReportsAssessed();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getReportsAssessed <em>Reports Assessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reports Assessed</em>' attribute.
	 * @see #isSetReportsAssessed()
	 * @see #unsetReportsAssessed()
	 * @see #getReportsAssessed()
	 * @generated
	 */
	void setReportsAssessed(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getReportsAssessed <em>Reports Assessed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReportsAssessed()
	 * @see #getReportsAssessed()
	 * @see #setReportsAssessed(int)
	 * @generated
	 */
	void unsetReportsAssessed();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getReportsAssessed <em>Reports Assessed</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Reports Assessed</em>' attribute is set.
	 * @see #unsetReportsAssessed()
	 * @see #getReportsAssessed()
	 * @see #setReportsAssessed(int)
	 * @generated
	 */
	boolean isSetReportsAssessed();

	/**
	 * Returns the value of the '<em><b>Studies Included</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Studies Included</em>' attribute.
	 * @see #isSetStudiesIncluded()
	 * @see #unsetStudiesIncluded()
	 * @see #setStudiesIncluded(int)
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_StudiesIncluded()
	 * @model unsettable="true"
	 * @generated
	 */
	int getStudiesIncluded();

	/**
	 * Sets the value of the '{@link org.radwb.model.PrismaFlow#getStudiesIncluded <em>Studies Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Studies Included</em>' attribute.
	 * @see #isSetStudiesIncluded()
	 * @see #unsetStudiesIncluded()
	 * @see #getStudiesIncluded()
	 * @generated
	 */
	void setStudiesIncluded(int value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.PrismaFlow#getStudiesIncluded <em>Studies Included</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStudiesIncluded()
	 * @see #getStudiesIncluded()
	 * @see #setStudiesIncluded(int)
	 * @generated
	 */
	void unsetStudiesIncluded();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.PrismaFlow#getStudiesIncluded <em>Studies Included</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Studies Included</em>' attribute is set.
	 * @see #unsetStudiesIncluded()
	 * @see #getStudiesIncluded()
	 * @see #setStudiesIncluded(int)
	 * @generated
	 */
	boolean isSetStudiesIncluded();

	/**
	 * Returns the value of the '<em><b>Exclusions</b></em>' containment reference list.
	 * The list contents are of type {@link org.radwb.model.Exclusion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Exclusions</em>' containment reference list.
	 * @see org.radwb.model.ReviewPackage#getPrismaFlow_Exclusions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Exclusion> getExclusions();

} // PrismaFlow
