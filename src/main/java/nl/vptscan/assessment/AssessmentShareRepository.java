package nl.vptscan.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssessmentShareRepository extends CrudRepository<AssessmentShare, Long> {

    List<AssessmentShare> findByAssessmentIdOrderById(Long assessmentId);

    boolean existsByAssessmentIdAndInspectorAndRevokedAtIsNull(Long assessmentId, String inspector);

    /** How many of the organisation's self-assessments are shared with the inspector now. */
    @Query("""
            SELECT COUNT(*) FROM assessment_share s JOIN assessment a ON a.id = s.assessment_id
            WHERE a.organisation_id = :organisationId AND s.inspector = :inspector AND s.revoked_at IS NULL""")
    long countSharedOfOrganisation(Long organisationId, String inspector);
}
