/**
 * Campaign: a region coordinator asks members (all, or chosen ones) to complete a questionnaire by a date. A
 * campaign is one measurement round of the region's monitor (round 0 is the 0-meting, round 1 the 1-meting, ...).
 * Per member it shows the funnel: not started, draft with the share answered, submitted, overdue. A member's
 * response to a round is its latest self-assessment of the questionnaire submitted from the round's opening
 * (and from the day it joined the region) until the next round opens.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.campaign;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
