package dev.roster.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurableWritesTest {

    @ParameterizedTest(name = "{0} -> checkpoint before acknowledging: {1}")
    @CsvSource(delimiter = '|', value = {
            "jdbc:h2:file:./data/roster;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=256 | true",
            "jdbc:h2:./data/roster                                                  | true",
            "jdbc:h2:file:/var/lib/roster/db;WRITE_DELAY=500                        | true",
            "jdbc:h2:file:./data/roster;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE        | false",
            "jdbc:h2:file:./data/roster;write_delay=0                               | false",
            "jdbc:h2:file:./data/roster;WRITE_DELAY=05                              | true",
            "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1                                     | false",
            "jdbc:postgresql://127.0.0.1:5432/roster                                | false",
    })
    void onlyH2FileDatabasesWithAWriteDelayNeedACheckpoint(String url, boolean expected) {
        assertEquals(expected, DurableWrites.needsCheckpoint(url));
    }
}
