package dev.roster.it.replay;

import static dev.roster.it.replay.ScimAssertions.assertList;
import static dev.roster.it.replay.ScimAssertions.assertScim;
import static dev.roster.it.replay.ScimAssertions.ids;
import static dev.roster.it.replay.ScimClient.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Paging a whole directory: an index page is exactly what {@code startIndex} says (RFC 7644 3.4.2.4), whatever
 * was listed, deleted or created before. Each test pages a directory of its own (a new integration), so the
 * totals are the test's own.
 */
interface PagingEdgeCases extends ReplayContext {

    @Test
    @DisplayName("startIndex after deletes and creates: the page holds what that index is now, not what it was")
    default void indexPageIsTheOffsetPageAfterTheDirectoryChanged() {
        ScimClient client = ScimClient.ofNewIntegration(base(), "paging-repro");
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            before.add(client.createGroup(unique("before-" + i)));
        }
        assertList(client.get("Groups?startIndex=1&count=2"), 4, 2, 1);
        for (String id : before) {
            assertEquals(204, client.delete("Groups/" + id).status());
        }
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            after.add(client.createGroup(unique("after-" + i)));
        }

        assertEquals(List.of(after.get(2)), ids(assertList(client.get("Groups?startIndex=3&count=100"), 3, 1, 3)),
                "the third group, and only it");
        assertEquals(after, ids(assertScim(200, client.get("Groups?startIndex=1&count=100"))));
    }
}
