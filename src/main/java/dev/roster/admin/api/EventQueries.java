package dev.roster.admin.api;

import dev.roster.admin.api.model.EventPage;
import dev.roster.admin.api.model.EventView;
import dev.roster.audit.EventCriteria;
import dev.roster.audit.EventOperation;
import dev.roster.audit.EventSearch;
import dev.roster.audit.FailedAuthenticationLog;
import dev.roster.audit.ProvisioningEventEntity;
import dev.roster.json.CachedJson;
import dev.roster.scim.spi.Page;
import dev.roster.web.api.IsoTimes;
import dev.roster.web.api.PageRequest;
import dev.roster.web.api.problem.ApiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Turns the events endpoints' query parameters into a log search and the rows into views. */
@ApplicationScoped
public class EventQueries {

    static final int MAX_PAGE = 500;

    @Inject
    EventSearch search;

    @Inject
    FailedAuthenticationLog failedAuthentications;

    /** The query parameters both events endpoints take ({@link EventLogEndpoint} documents them). */
    public record Parameters(
            String since,
            String until,
            String operation,
            String resourceType,
            String resourceId,
            String outcome,
            String startIndex,
            String count,
            String page,
            String size) {

        /** The parameters in the request's query; like {@code @QueryParam}, the first value of each. */
        static Parameters of(UriInfo request) {
            MultivaluedMap<String, String> query = request.getQueryParameters();
            return new Parameters(
                    query.getFirst("since"),
                    query.getFirst("until"),
                    query.getFirst("operation"),
                    query.getFirst("resourceType"),
                    query.getFirst("resourceId"),
                    query.getFirst("outcome"),
                    query.getFirst("startIndex"),
                    query.getFirst("count"),
                    query.getFirst("page"),
                    query.getFirst("size"));
        }
    }

    EventPage run(boolean allIntegrations, String integrationId, Parameters p) {
        // Counts of failed authentications this node has not written yet, so the page is up to date here.
        failedAuthentications.flush();
        PageRequest window = PageRequest.of(p.startIndex(), p.count(), p.page(), p.size(), MAX_PAGE);
        EventCriteria criteria = new EventCriteria(
                allIntegrations,
                integrationId,
                IsoTimes.parse("since", p.since()),
                IsoTimes.parse("until", p.until()),
                operations(p.operation()),
                blankToNull(p.resourceType()),
                blankToNull(p.resourceId()),
                outcome(p.outcome()),
                window.startIndex(),
                window.count());
        Page<ProvisioningEventEntity> events = search.search(criteria);
        return AdminPages.of(events, window.startIndex(), EventQueries::view, EventPage::new);
    }

    /** Comma-separated operation names, case-insensitive. */
    static Set<EventOperation> operations(String value) {
        Set<EventOperation> operations = EnumSet.noneOf(EventOperation.class);
        if (value == null || value.isBlank()) {
            return operations;
        }
        for (String name : value.split(",")) {
            try {
                operations.add(EventOperation.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiProblem.badRequest(
                        "Unknown operation '" + name.trim() + "'; known: " + EnumSet.allOf(EventOperation.class));
            }
        }
        return operations;
    }

    static String outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String outcome = value.trim().toLowerCase(Locale.ROOT);
        if (!outcome.equals(EventCriteria.SUCCESS) && !outcome.equals(EventCriteria.REJECTED)) {
            throw ApiProblem.badRequest("outcome must be success or rejected");
        }
        return outcome;
    }

    static EventView view(ProvisioningEventEntity e) {
        return new EventView(
                e.id(),
                e.integrationId(),
                Instant.ofEpochMilli(e.occurredAt()),
                e.operation().name(),
                e.outcome(),
                e.status(),
                e.resourceType(),
                e.resourceId(),
                e.resourceName(),
                e.detail(),
                changes(e.changes()),
                e.sourceAddress(),
                e.userAgent(),
                e.actor(),
                e.occurrences());
    }

    /** The stored change set as JSON again; a change set cut at its size limit is shown as text. */
    private static JsonValue changes(String text) {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = CachedJson.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException e) {
            return CachedJson.createValue(text);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
