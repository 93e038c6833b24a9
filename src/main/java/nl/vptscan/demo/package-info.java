/**
 * Demo data: fictional organisations in a fictional VPT region with submitted assessments, an inspector's audit
 * and one user per role, made through the same services as real data. Only with {@code VPTSCAN_DEMO=true}.
 */
package nl.vptscan.demo;
