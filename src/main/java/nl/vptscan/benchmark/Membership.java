package nl.vptscan.benchmark;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.assessment.Organisation;
import nl.vptscan.assessment.OrganisationInput;
import nl.vptscan.assessment.OrganisationService;
import nl.vptscan.problem.DomainException;

import java.time.LocalDate;

/** Region membership, kept on the organisation (region and date it joined) through the organisation service. */
@Singleton
public class Membership {

    private final OrganisationService organisations;

    Membership(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Transactional
    public Organisation join(long regionId, long organisationId, @Nullable LocalDate since) {
        organisations.region(regionId);
        Organisation o = organisations.get(organisationId);
        boolean alreadyMember = Long.valueOf(regionId).equals(o.regionId());
        LocalDate start = since == null && alreadyMember ? o.regionSince() : since;
        return organisations.update(organisationId, new OrganisationInput(o.name(), o.sector(), o.employees(),
                o.kvkNumber(), regionId, start));
    }

    @Transactional
    public void leave(long regionId, long organisationId) {
        organisations.region(regionId);
        Organisation o = organisations.get(organisationId);
        if (!Long.valueOf(regionId).equals(o.regionId())) {
            throw DomainException.notFound("Organisation " + organisationId + " is not a member of region " + regionId,
                    "membership.notFound", o.name(), organisations.region(regionId).name());
        }
        organisations.update(organisationId, new OrganisationInput(o.name(), o.sector(), o.employees(),
                o.kvkNumber(), null, null));
    }
}
