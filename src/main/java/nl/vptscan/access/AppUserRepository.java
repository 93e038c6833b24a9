package nl.vptscan.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

/** Users; every change that ends a user's logins raises its token generation in the same statement. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface AppUserRepository extends CrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameKey(String usernameKey);

    boolean existsByRole(Role role);

    boolean existsByUsernameKey(String usernameKey);

    long countByRoleAndActive(Role role, boolean active);

    List<AppUser> listOrderByUsername();

    @Query("UPDATE app_user SET password_hash = :passwordHash, token_generation = token_generation + 1 WHERE id = :id")
    long updatePassword(long id, String passwordHash);

    @Query("UPDATE app_user SET role = :role, organisation_id = :organisationId, region_id = :regionId, "
            + "token_generation = token_generation + 1 WHERE id = :id")
    long updateRole(long id, String role, @Nullable Long organisationId, @Nullable Long regionId);

    @Query("UPDATE app_user SET email = :email WHERE id = :id")
    long updateEmail(long id, @Nullable String email);

    @Query("UPDATE app_user SET reminders = :reminders, language = :language WHERE id = :id")
    long updateReminders(long id, boolean reminders, String language);

    List<AppUser> findByRoleAndOrganisationIdAndActive(Role role, Long organisationId, boolean active);

    List<AppUser> findByRoleAndRegionIdAndActive(Role role, Long regionId, boolean active);

    @Query("UPDATE app_user SET active = :active, token_generation = token_generation + 1 WHERE id = :id")
    long updateActive(long id, boolean active);
}
