package nl.vptscan.registration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImportRepository extends CrudRepository<ImportRow, Long> {

    Optional<ImportRow> findFirstByAssessmentIdOrderByIdDesc(long assessmentId);

    Optional<ImportRow> findByIdAndAssessmentId(long id, long assessmentId);

    List<ImportRow> findByAssessmentIdAndAcceptedAtIsNotNullOrderByIdDesc(long assessmentId);
}
