/**
 * Access: who may log in and what each user group may see. ADMIN sees everything; an EMPLOYER is bound to one
 * organisation, a REGION_COORDINATOR to one region; an INSPECTOR audits any organisation.
 */
package nl.vptscan.access;
