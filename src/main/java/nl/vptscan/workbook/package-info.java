/**
 * Workbook conventions shared by every Excel file vpt-scan writes or reads: user text never becomes a
 * formula; an upload is checked within tight limits in one streaming pass and then read one row at a time with a
 * streaming XML parser, never loaded whole.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.workbook;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
