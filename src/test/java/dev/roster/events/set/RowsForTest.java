package dev.roster.events.set;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.roster.changes.OutboxRow;
import dev.roster.changes.RowFilter;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox query skips only rows that could give the stream nothing: checked against SetFactory's own rules. */
class RowsForTest {

    private static final SetFactory FACTORY = new SetFactory("https://roster.example.test");
    private static final JsonObject PAYLOAD = Json.createObjectBuilder()
            .add("document", Json.createObjectBuilder().add("userName", "ada"))
            .add("attributes", Json.createArrayBuilder().add("active"))
            .build();

    @Test
    void aRowTheFilterSkipsGivesNoEventTheStreamAskedFor() {
        for (String type : EventTypes.SUPPORTED) {
            StreamTarget stream = new StreamTarget("s-1", "aud", Set.of(type));
            RowFilter filter = SetFactory.rowsFor(stream.requested());
            for (String resourceType : List.of("User", "Group")) {
                for (String operation : List.of("CREATE", "PUT", "PATCH", "DELETE")) {
                    for (String activation : Arrays.asList(null, "ACTIVATED", "DEACTIVATED")) {
                        OutboxRow row = new OutboxRow(
                                1, 1, "int-1", null, resourceType, "r-1", operation, activation, 1, 0, PAYLOAD);
                        boolean gives = !FACTORY.events(row, stream, 0).isEmpty();
                        boolean read = filter.everything()
                                || filter.operations().contains(operation)
                                || (activation != null && filter.activations().contains(activation));
                        assertTrue(
                                read || !gives,
                                type + " from " + resourceType + " " + operation + " " + activation + " skipped");
                    }
                }
            }
        }
    }

    @Test
    void aStreamThatAsksForEveryChangeReadsEveryRow() {
        assertTrue(SetFactory.rowsFor(Set.copyOf(EventTypes.SUPPORTED)).everything());
    }
}
