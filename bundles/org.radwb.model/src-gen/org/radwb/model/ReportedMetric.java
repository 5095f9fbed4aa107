/**
 * Copyright (c) 2026 Radiomics Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.radwb.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reported Metric</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A performance figure reported by a study, with its confidence interval when reported.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.radwb.model.ReportedMetric#getKind <em>Kind</em>}</li>
 *   <li>{@link org.radwb.model.ReportedMetric#getLabel <em>Label</em>}</li>
 *   <li>{@link org.radwb.model.ReportedMetric#getValue <em>Value</em>}</li>
 *   <li>{@link org.radwb.model.ReportedMetric#getLower <em>Lower</em>}</li>
 *   <li>{@link org.radwb.model.ReportedMetric#getUpper <em>Upper</em>}</li>
 *   <li>{@link org.radwb.model.ReportedMetric#getCohort <em>Cohort</em>}</li>
 * </ul>
 *
 * @see org.radwb.model.ReviewPackage#getReportedMetric()
 * @model
 * @generated
 */
public interface ReportedMetric extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.radwb.model.MetricKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.radwb.model.MetricKind
	 * @see #setKind(MetricKind)
	 * @see org.radwb.model.ReviewPackage#getReportedMetric_Kind()
	 * @model
	 * @generated
	 */
	MetricKind getKind();

	/**
	 * Sets the value of the '{@link org.radwb.model.ReportedMetric#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.radwb.model.MetricKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MetricKind value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.radwb.model.ReviewPackage#getReportedMetric_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.radwb.model.ReportedMetric#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #setValue(double)
	 * @see org.radwb.model.ReviewPackage#getReportedMetric_Value()
	 * @model unsettable="true"
	 * @generated
	 */
	double getValue();

	/**
	 * Sets the value of the '{@link org.radwb.model.ReportedMetric#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #isSetValue()
	 * @see #unsetValue()
	 * @see #getValue()
	 * @generated
	 */
	void setValue(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.ReportedMetric#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	void unsetValue();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.ReportedMetric#getValue <em>Value</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Value</em>' attribute is set.
	 * @see #unsetValue()
	 * @see #getValue()
	 * @see #setValue(double)
	 * @generated
	 */
	boolean isSetValue();

	/**
	 * Returns the value of the '<em><b>Lower</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lower</em>' attribute.
	 * @see #isSetLower()
	 * @see #unsetLower()
	 * @see #setLower(double)
	 * @see org.radwb.model.ReviewPackage#getReportedMetric_Lower()
	 * @model unsettable="true"
	 * @generated
	 */
	double getLower();

	/**
	 * Sets the value of the '{@link org.radwb.model.ReportedMetric#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lower</em>' attribute.
	 * @see #isSetLower()
	 * @see #unsetLower()
	 * @see #getLower()
	 * @generated
	 */
	void setLower(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.ReportedMetric#getLower <em>Lower</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLower()
	 * @see #getLower()
	 * @see #setLower(double)
	 * @generated
	 */
	void unsetLower();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.ReportedMetric#getLower <em>Lower</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Lower</em>' attribute is set.
	 * @see #unsetLower()
	 * @see #getLower()
	 * @see #setLower(double)
	 * @generated
	 */
	boolean isSetLower();

	/**
	 * Returns the value of the '<em><b>Upper</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Upper</em>' attribute.
	 * @see #isSetUpper()
	 * @see #unsetUpper()
	 * @see #setUpper(double)
	 * @see org.radwb.model.ReviewPackage#getReportedMetric_Upper()
	 * @model unsettable="true"
	 * @generated
	 */
	double getUpper();

	/**
	 * Sets the value of the '{@link org.radwb.model.ReportedMetric#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Upper</em>' attribute.
	 * @see #isSetUpper()
	 * @see #unsetUpper()
	 * @see #getUpper()
	 * @generated
	 */
	void setUpper(double value);

	/**
	 * Unsets the value of the '{@link org.radwb.model.ReportedMetric#getUpper <em>Upper</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUpper()
	 * @see #getUpper()
	 * @see #setUpper(double)
	 * @generated
	 */
	void unsetUpper();

	/**
	 * Returns whether the value of the '{@link org.radwb.model.ReportedMetric#getUpper <em>Upper</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Upper</em>' attribute is set.
	 * @see #unsetUpper()
	 * @see #getUpper()
	 * @see #setUpper(double)
	 * @generated
	 */
	boolean isSetUpper();

	/**
	 * Returns the value of the '<em><b>Cohort</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cohort</em>' attribute.
	 * @see #setCohort(String)
	 * @see org.radwb.model.ReviewPackage#getReportedMetric_Cohort()
	 * @model
	 * @generated
	 */
	String getCohort();

	/**
	 * Sets the value of the '{@link org.radwb.model.ReportedMetric#getCohort <em>Cohort</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cohort</em>' attribute.
	 * @see #getCohort()
	 * @generated
	 */
	void setCohort(String value);

} // ReportedMetric
