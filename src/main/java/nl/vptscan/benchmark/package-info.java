/**
 * Benchmark: the members of a VPT region side by side over their latest submitted self-assessment, with the
 * spread per topic (count, mean, quartiles, levels), each member's percentile and change against the previous
 * year, a member's own view against its region and sector, and the benchmark workbook. Distributions over
 * fewer organisations than the configured minimum are withheld, and a member never sees another by name or id.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.benchmark;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
