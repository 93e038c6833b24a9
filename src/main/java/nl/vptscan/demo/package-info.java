/**
 * Demo data: fictional organisations in a fictional VPT region with submitted assessments, an inspector's audit
 * and one user per role, made through the same services as real data. Only with {@code VPTSCAN_DEMO=true}.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.demo;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
