/**
 * Result: what an assessment's scoring concluded, as the assessment stores it and the plan, the benchmark and the
 * pages read it — topic scores with their levels and caps, the overall score and level, findings with their
 * evidence, recommended actions. It depends on no other feature; the assessment converts the scorer's output
 * into it in one place.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.result;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
