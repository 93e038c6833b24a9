/**
 * Workbook conventions shared by every Excel file vpt-scan writes or reads: user text never becomes a
 * formula, uploads are bounded before POI opens them.
 */
package nl.vptscan.workbook;
