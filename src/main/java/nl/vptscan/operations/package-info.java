/**
 * Running the service: request ids and request log lines, who may see health details, metrics. Nothing here
 * holds state that another instance would need.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.operations;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
