package nl.vptscan.benchmark;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The coordinator's view of a region: the distribution over its members and every member side by side. */
@Serdeable
public record RegionBenchmark(long regionId, String regionName, String questionnaireId, int minimumGroupSize,
                              int members, int membersWithResult, Group distribution, List<MemberScores> scores) {

    public RegionBenchmark {
        scores = List.copyOf(scores);
    }
}
