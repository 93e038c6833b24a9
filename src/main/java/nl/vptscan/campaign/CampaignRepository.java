package nl.vptscan.campaign;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CampaignRepository extends CrudRepository<Campaign, Long> {

    List<Campaign> findByRegionIdOrderByQuestionnaireIdAndRoundNumber(Long regionId);

    List<Campaign> findByRegionIdAndQuestionnaireIdOrderByRoundNumber(Long regionId, String questionnaireId);

    List<Campaign> findByDueOnBetweenAndOpensOnLessThanEquals(LocalDate dueFrom, LocalDate dueTo, LocalDate opensBy);

    boolean existsByRegionIdAndQuestionnaireIdAndRoundNumber(Long regionId, String questionnaireId, int roundNumber);
}
