package dev.roster.events.set;

import dev.roster.changes.OutboxRow;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names a receiver may know a changed resource by, as keys {@link RemovedSubjects} looks up: its SCIM
 * {@code id} and path, its {@code externalId}, a user's {@code userName} and every email address, and the
 * integration it belongs to (the {@code tenant} of a complex subject). Read once per outbox row, from the resource
 * as the change left it (before it, for a deletion). {@code userName} and emails are compared without case, as
 * SCIM compares them ({@code caseExact} false); ids, externalIds and tenants exactly.
 */
final class SubjectNames {

    static final String ID = "id:";
    static final String URI = "uri:";
    static final String EXTERNAL_ID = "externalId:";
    static final String USER_NAME = "userName:";
    static final String EMAIL = "email:";
    static final String TENANT = "tenant:";

    private SubjectNames() {}

    /** The resource's names; none for a stream's own row (verification, feed, status), which is never filtered. */
    static Set<String> of(OutboxRow row) {
        if (row.streamId() != null) {
            return Set.of();
        }
        boolean user = "User".equals(row.resourceType());
        Set<String> names = new HashSet<>();
        names.add(ID + row.resourceId());
        names.add(URI + (user ? "/Users/" : "/Groups/") + row.resourceId());
        if (row.integrationId() != null) {
            names.add(TENANT + row.integrationId());
        }
        JsonObject document = row.payload().getJsonObject("document");
        if (document == null) {
            return Set.copyOf(names);
        }
        String externalId = document.getString("externalId", null);
        if (externalId != null) {
            names.add(EXTERNAL_ID + externalId);
        }
        if (user) {
            String userName = document.getString("userName", null);
            if (userName != null) {
                names.add(USER_NAME + folded(userName));
            }
            JsonArray emails = document.getJsonArray("emails");
            if (emails != null) {
                for (JsonValue email : emails) {
                    if (email.getValueType() == JsonValue.ValueType.OBJECT) {
                        String address = email.asJsonObject().getString("value", null);
                        if (address != null) {
                            names.add(EMAIL + folded(address));
                        }
                    }
                }
            }
        }
        return Set.copyOf(names);
    }

    static String folded(String caseIgnored) {
        return caseIgnored.toLowerCase(Locale.ROOT);
    }
}
