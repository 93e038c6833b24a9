/**
 * Figures from an incident registration: an export of GIR, ARO or an in-house system (CSV or xlsx) is read with a
 * column mapping per source, refused when it holds names or addresses of perpetrators or victims, and reduced to
 * aggregates over the last 12 months (shares, counts by type and job group, absence days) that are proposed as
 * answers. No row of the export is kept.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.registration;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
