package nl.vptscan.campaign;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign with its funnel: how many members were asked, have started, have submitted and are overdue, and
 * (for its coordinator) every member's status.
 */
@Serdeable
public record CampaignView(long id, long regionId, String questionnaireId, int round, LocalDate opensOn,
                           LocalDate dueOn, int invited, int started, int submitted, int overdue,
                           List<MemberStatus> members) {

    public CampaignView {
        members = List.copyOf(members);
    }
}
