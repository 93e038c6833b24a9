/**
 * Questionnaires: the versioned sets of topics (a point or a measure) and questions an organisation answers,
 * each loaded from one file under {@code questionnaires/}, and the legal catalogue their findings cite.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.questionnaire;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
