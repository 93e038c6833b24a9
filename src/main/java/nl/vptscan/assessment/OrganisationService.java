package nl.vptscan.assessment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import nl.vptscan.organisation.Sector;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Organisations and regions: the master data assessments and benchmarks hang from. */
@Singleton
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final RegionRepository regions;
    private final AssessmentRepository assessments;
    private final GroupingStamp grouping;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, RegionRepository regions,
                        AssessmentRepository assessments, GroupingStamp grouping, Clock clock) {
        this.organisations = organisations;
        this.regions = regions;
        this.assessments = assessments;
        this.grouping = grouping;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(OrganisationInput input) {
        check(input);
        Instant now = clock.instant();
        return organisations.save(new Organisation(null, input.name().trim(), input.sector(), input.employees(),
                input.kvkNumber(), input.regionId(), regionSince(input), now, now));
    }

    /**
     * Changes an organisation's profile; a change of its region, its start date there or its sector also stamps it
     * as moved between benchmark groups, which a change of name or size does not.
     */
    @Transactional
    public Organisation update(long id, OrganisationInput input) {
        Organisation old = get(id);
        check(input);
        Instant now = clock.instant();
        Organisation changed = organisations.update(new Organisation(id, input.name().trim(), input.sector(),
                input.employees(), input.kvkNumber(), input.regionId(), regionSince(input), old.createdAt(), now));
        if (!Objects.equals(old.regionId(), changed.regionId()) || !Objects.equals(old.regionSince(), changed.regionSince())
                || !Objects.equals(old.sector(), changed.sector())) {
            grouping.stamp(id, now);
        }
        return changed;
    }

    @Transactional
    public void delete(long id) {
        get(id);
        if (assessments.existsByOrganisationId(id)) {
            throw DomainException.conflict("Organisation " + id + " has assessments; they are kept as its history",
                    "organisation.hasAssessments");
        }
        organisations.deleteById(id);
    }

    @Transactional(readOnly = true)
    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> DomainException.notFound("No organisation with id " + id,
                "organisation.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<Organisation> list() {
        return organisations.listOrderByName();
    }

    @Transactional(readOnly = true)
    public List<Organisation> members(long regionId) {
        region(regionId);
        return organisations.findByRegionIdOrderByName(regionId);
    }

    /** How many members a region has, without reading them. */
    @Transactional(readOnly = true)
    public long memberCount(long regionId) {
        region(regionId);
        return organisations.countByRegionId(regionId);
    }

    @Transactional
    public Region createRegion(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw DomainException.invalidField("must be 1 to 200 characters", "name", "region.name", 200);
        }
        if (regions.existsByName(name.trim())) {
            throw DomainException.conflict("A region named '" + name.trim() + "' exists already", "region.exists",
                    name.trim());
        }
        return regions.save(new Region(null, name.trim(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Region region(long id) {
        return regions.findById(id).orElseThrow(() -> DomainException.notFound("No region with id " + id, "region.notFound", id));
    }

    @Transactional(readOnly = true)
    public List<Region> regions() {
        return regions.listOrderByName();
    }

    private java.time.LocalDate regionSince(OrganisationInput input) {
        if (input.regionId() == null) {
            return null;
        }
        return input.regionSince() != null ? input.regionSince() : java.time.LocalDate.now(clock);
    }

    private void check(OrganisationInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (Sector.fromCode(input.sector()).isEmpty()) {
            errors.add(FieldError.coded("sector", "expected one of " + Sector.codes(), "sector.unknown", input.sector()));
        }
        if (input.regionId() != null && !regions.existsById(input.regionId())) {
            errors.add(FieldError.coded("regionId", "no region with id " + input.regionId(), "region.notFound",
                    input.regionId()));
        }
        if (input.regionId() == null && input.regionSince() != null) {
            errors.add(FieldError.coded("regionSince", "only with a regionId", "organisation.regionSinceWithoutRegion"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid("Invalid organisation; nothing was stored", errors);
        }
    }
}
