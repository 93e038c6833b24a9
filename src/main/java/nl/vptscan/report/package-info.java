/**
 * Report: an assessment told for management, the works council and the inspector, as an editable Word document and
 * as a PDF. One content model ({@link nl.vptscan.report.Report}, built once from the stored result, its findings, the
 * legal catalogue, the plan, the change since the previous assessment and the region position) and two renderers
 * that only lay it out; every text is in the message bundles.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.report;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
