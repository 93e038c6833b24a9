/**
 * Assessment: one organisation's run through a questionnaire, as a self-assessment (SELF) or an inspector's
 * audit (AUDIT). Answers are saved and resumed over days, the assessment is submitted, scored and its
 * result stored as rows; every change is in the audit trail.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.assessment;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
