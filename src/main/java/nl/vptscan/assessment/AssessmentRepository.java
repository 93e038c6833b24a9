package nl.vptscan.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import nl.vptscan.scoring.fact.AssessmentContext;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentRepository extends CrudRepository<Assessment, Long> {

    /** Locks the assessment row for the rest of the transaction: saves and submits of one assessment queue up. */
    @Query("SELECT * FROM assessment WHERE id = :id FOR UPDATE")
    Optional<Assessment> findByIdForUpdate(Long id);

    List<Assessment> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);

    boolean existsByOrganisationId(Long organisationId);

    /** A page of assessments in the given status after an id (keyset paging, for runs over every assessment). */
    List<Assessment> findByStatusAndIdGreaterThan(Assessment.Status status, Long id, Pageable pageable);

    List<Assessment> findByKindAndCreatedByOrderByCreatedAtDesc(AssessmentContext.Kind kind, String createdBy);

    boolean existsByOrganisationIdAndKindAndCreatedBy(Long organisationId, AssessmentContext.Kind kind, String createdBy);
}
