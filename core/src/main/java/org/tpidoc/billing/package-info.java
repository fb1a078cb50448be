/**
 * Billing derived from a session (DESIGN §6): {@link org.tpidoc.billing.BillingCalculator} turns an
 * {@link org.tpidoc.session.InjectionSession} into a {@link org.tpidoc.billing.BillingSummary} of
 * {@link org.tpidoc.billing.ChargeLine}s (the CPT procedure code by technique and muscle count, CPT
 * 76942 for ultrasound guidance, modifier 53 for an aborted session, HCPCS drug lines with billing units
 * and the JW/JZ modifiers for single-dose containers), the
 * ICD-10-CM diagnosis pointers, and billing findings (warnings, their codes in {@link
 * org.tpidoc.billing.BillingCode}). {@link org.tpidoc.billing.ProcedureCode} and
 * {@link org.tpidoc.billing.Icd10CmHeaders} hold the codes; CPT descriptions are our own short words,
 * never the AMA's descriptor text. Nothing here is stored: billing is always derived.
 */
@NullMarked
package org.tpidoc.billing;

import org.jspecify.annotations.NullMarked;
