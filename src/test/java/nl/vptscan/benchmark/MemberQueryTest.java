package nl.vptscan.benchmark;

import nl.vptscan.problem.DomainException;
import nl.vptscan.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MemberQueryTest {

    @Test
    void opensOnTheFirstPageInNameOrder() {
        assertEquals(new MemberQuery(1, MemberQuery.DEFAULT_SIZE, MemberQuery.Sort.NAME, false),
                MemberQuery.of(null, null, null, null));
    }

    @Test
    void scoresDescendUnlessAskedOtherwise() {
        assertEquals(new MemberQuery(3, 50, MemberQuery.Sort.SCORE, true), MemberQuery.of("3", "50", "score", null));
        assertEquals(new MemberQuery(1, 500, MemberQuery.Sort.SCORE, false), MemberQuery.of("1", "500", "SCORE", "asc"));
        assertEquals(new MemberQuery(1, 1, MemberQuery.Sort.NAME, true), MemberQuery.of(null, "1", "name", "desc"));
    }

    @Test
    void refusesEveryBadParameterByName() {
        DomainException e = assertThrows(DomainException.class, () -> MemberQuery.of("0", "501", "size", "up"));
        assertEquals(List.of("page", "size", "sort", "order"), e.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("benchmark.page.range", "benchmark.size.range", "benchmark.sort.unknown",
                "benchmark.order.unknown"), e.errors().stream().map(FieldError::code).toList());
    }

    @Test
    void refusesWhatIsNoWholeNumber() {
        DomainException e = assertThrows(DomainException.class, () -> MemberQuery.of("twee", "1.5", null, null));
        assertEquals(List.of("page", "size"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void theWorkbookTakesEveryMemberOnOnePageBeyondWhatMayBeAskedFor() {
        MemberQuery all = new MemberQuery(1, 10_000, MemberQuery.Sort.NAME, false);
        assertEquals(1, all.pages(10_000));
        assertThrows(DomainException.class, () -> MemberQuery.of(null, "10000", null, null));
    }

    @Test
    void countsPagesAndSkipsRowsBeforeThePage() {
        MemberQuery query = new MemberQuery(3, 25, MemberQuery.Sort.NAME, false);
        assertEquals(50, query.offset());
        assertEquals(1, query.pages(0));
        assertEquals(2, query.pages(26));
        assertEquals(400, query.pages(10_000));
    }
}
