/**
 * Organisation: the vocabulary of the organisations vpt-scan serves that every feature may use, such as the
 * {@link nl.vptscan.organisation.Sector} list; it depends on no other feature.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.organisation;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
