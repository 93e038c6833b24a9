/**
 * Scoring: the rules under {@code rules/} turn a set of answers into findings (a rule's conclusion), levels and
 * topic scores; the rules are compiled into one KieBase at start-up, or loaded as built with the service when the
 * rules on disk are the ones it was built from.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.scoring;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
