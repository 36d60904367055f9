package dev.roster.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireNameTest {

    private enum Sample implements WireName {
        READ_ONLY,
        EQ,
        DATE_TIME_OFFSET
    }

    @Test
    void theWireNameIsTheConstantInLowerCamelCase() {
        assertEquals("readOnly", Sample.READ_ONLY.wireName());
        assertEquals("eq", Sample.EQ.wireName());
        assertEquals("dateTimeOffset", Sample.DATE_TIME_OFFSET.wireName());
    }

    @Test
    void findIgnoresCaseAndAnswersEmptyForUnknownOrNull() {
        assertEquals(Optional.of(Sample.READ_ONLY), WireName.find(Sample.class, "READONLY"));
        assertEquals(Optional.of(Sample.EQ), WireName.find(Sample.class, "Eq"));
        assertEquals(Optional.empty(), WireName.find(Sample.class, "read_only"));
        assertEquals(Optional.empty(), WireName.find(Sample.class, null));
    }
}
