/**
 * Scoring: the rules under {@code rules/} turn a set of answers into findings (a rule's conclusion), levels and
 * topic scores; the rules are compiled into one KieBase at start-up.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.scoring;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
