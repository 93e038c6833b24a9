package nl.vptscan.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    List<Organisation> listOrderByName();

    List<Organisation> findByRegionIdOrderByName(Long regionId);

    long countByRegionId(Long regionId);
}
