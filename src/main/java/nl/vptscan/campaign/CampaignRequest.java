package nl.vptscan.campaign;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** An open request to one member: complete this questionnaire for the region's round by the due date. */
@Serdeable
public record CampaignRequest(long campaignId, String regionName, String questionnaireId, int round,
                              LocalDate dueOn, MemberState state, boolean overdue) {
}
