package nl.vptscan.benchmark;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The coordinator's view of a region: the distribution over all its members and one page of them side by side.
 * {@code members} counts every member; {@code scores} holds page {@code page} of {@code pages} (at most
 * {@code pageSize} members), ordered by {@code sort} ({@code name} or {@code score}) in {@code order}
 * ({@code asc} or {@code desc}).
 */
@Serdeable
public record RegionBenchmark(long regionId, String regionName, String questionnaireId, int minimumGroupSize,
                              int members, int membersWithResult, Group distribution, int page, int pageSize,
                              int pages, String sort, String order, List<MemberScores> scores) {

    public RegionBenchmark {
        scores = List.copyOf(scores);
    }
}
