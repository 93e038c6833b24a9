/**
 * ImprovementPlan (plan van aanpak): the actions a submitted assessment recommends, each with an owner, a due
 * date, a status, a cost estimate and remarks (Arbowet art. 5 lid 3); exported to and imported from Excel.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.improvementplan;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
