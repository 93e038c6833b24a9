package nl.vptscan.improvementplan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ImprovementActionRepository extends CrudRepository<ImprovementAction, Long> {

    List<ImprovementAction> findByAssessmentIdOrderByPosition(Long assessmentId);

    Optional<ImprovementAction> findByIdAndAssessmentId(Long id, Long assessmentId);
}
