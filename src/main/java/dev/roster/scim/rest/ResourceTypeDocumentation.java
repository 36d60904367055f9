package dev.roster.scim.rest;

import dev.roster.scim.spi.ResourceType;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The OpenAPI documentation of {@code /Users} and {@code /Groups}, written once for every {@link ResourceType}
 * as {@link ResourceTypeEndpoint} is. Annotations cannot say it: Payara's own OpenAPI scanner (not SmallRye)
 * reads only the methods a class declares itself, so it documents neither inherited resource methods nor a
 * path pattern as the paths it stands for, and an {@code @Operation} on a path-less base class fails the whole
 * document with a NullPointerException ({@code OperationImpl.merge}, from {@code visitOperation}). Registered as
 * {@code mp.openapi.model.reader}, with the endpoint class excluded from the scan, in
 * {@code META-INF/microprofile-config.properties}.
 */
public class ResourceTypeDocumentation implements OASModelReader {

    private static final String ROOT =
            "/" + ScimApplication.class.getAnnotation(ApplicationPath.class).value();

    @Override
    public OpenAPI buildModel() {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths());
        for (ResourceType type : ResourceType.values()) {
            String path = ROOT + "/" + type.endpoint();
            api.getPaths()
                    .addPathItem(
                            path, OASFactory.createPathItem().GET(list(type)).POST(create(type)))
                    .addPathItem(path + "/.search", OASFactory.createPathItem().POST(search(type)))
                    .addPathItem(
                            path + "/{id}",
                            OASFactory.createPathItem()
                                    .GET(get(type))
                                    .PUT(replace(type))
                                    .PATCH(patch(type))
                                    .DELETE(delete(type)));
        }
        return api;
    }

    private static Operation list(ResourceType type) {
        Operation list = operation("list" + type.endpoint(), "List or filter " + plural(type))
                .description(ScimCursors.LIST_DESCRIPTION);
        for (String name : new String[] {"filter", "sortBy", "sortOrder", "startIndex", "count"}) {
            list.addParameter(query(name, null));
        }
        return projected(list.addParameter(query("cursor", ScimCursors.CURSOR_DESCRIPTION)))
                .responses(answers("200", listed(type)));
    }

    private static Operation search(ResourceType type) {
        return operation("search" + type.endpoint(), "Search " + plural(type) + " with a SearchRequest body")
                .description(ScimCursors.SEARCH_DESCRIPTION)
                .requestBody(body("A SearchRequest (urn:ietf:params:scim:api:messages:2.0:SearchRequest)"))
                .responses(answers("200", listed(type)));
    }

    private static Operation create(ResourceType type) {
        return projected(operation("create" + type.scimName(), "Create " + singular(type)))
                .requestBody(body("The " + noun(type) + " (RFC 7643)"))
                .responses(answers("201", answer("Created; Location names the new " + noun(type))));
    }

    private static Operation get(ResourceType type) {
        return projected(operation("get" + type.scimName(), "Get " + singular(type))
                        .description("With its " + type.membershipsAttribute()
                                + " unless attributes or excludedAttributes leave them out")
                        .addParameter(id())
                        .addParameter(header(
                                "If-None-Match",
                                "ETags of the copies the client holds: 304 Not Modified when one is current")))
                .responses(
                        answers("200", answer("The " + noun(type))).addAPIResponse("304", withoutBody("Not Modified")));
    }

    private static Operation replace(ResourceType type) {
        String readOnly = "Read-only attributes in the body are ignored";
        return projected(operation("replace" + type.scimName(), "Replace " + singular(type))
                        .description(
                                type == ResourceType.GROUP
                                        ? readOnly + "; its members are the group's complete member list"
                                        : readOnly)
                        .addParameter(id())
                        .addParameter(ifMatch()))
                .requestBody(body("The " + noun(type) + " (RFC 7643)"))
                .responses(answers("200", answer("The " + noun(type) + " as replaced")));
    }

    private static Operation patch(ResourceType type) {
        Operation patch = projected(operation("patch" + type.scimName(), "Modify " + singular(type) + " with a PatchOp")
                        .addParameter(id())
                        .addParameter(ifMatch()))
                .requestBody(body("A PatchOp (urn:ietf:params:scim:api:messages:2.0:PatchOp)"))
                .responses(answers("200", answer("The " + noun(type) + " as modified")));
        if (ResourceTypeEndpoint.answersPatchWithNoContent(type, null, null)) {
            patch.description("Membership changes are set operations. Answers 204 No Content unless attributes"
                    + " or excludedAttributes are given, then 200 with the " + noun(type));
            patch.getResponses().addAPIResponse("204", withoutBody("Modified"));
        }
        return patch;
    }

    private static Operation delete(ResourceType type) {
        return operation("delete" + type.scimName(), "Delete " + singular(type) + " and its memberships")
                .addParameter(id())
                .addParameter(ifMatch())
                .responses(answers("204", withoutBody("Deleted")));
    }

    /** An operation of the SCIM tag, open to an integration's bearer token. */
    private static Operation operation(String operationId, String summary) {
        return OASFactory.createOperation()
                .operationId(operationId)
                .summary(summary)
                .addTag("SCIM")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("scimBearer"));
    }

    /** Adds the attributes and excludedAttributes parameters (RFC 7644 3.9) of an answer showing resources. */
    private static Operation projected(Operation operation) {
        return operation.addParameter(query("attributes", null)).addParameter(query("excludedAttributes", null));
    }

    /** The success answer under its status and, for any other, a SCIM Error (RFC 7644 3.12). */
    private static APIResponses answers(String status, APIResponse success) {
        return OASFactory.createAPIResponses()
                .addAPIResponse(status, success)
                .defaultValue(answer("A SCIM Error (urn:ietf:params:scim:api:messages:2.0:Error)"));
    }

    private static APIResponse listed(ResourceType type) {
        return answer("A ListResponse of " + plural(type) + " (urn:ietf:params:scim:api:messages:2.0:ListResponse)");
    }

    private static APIResponse answer(String description) {
        return OASFactory.createAPIResponse().description(description).content(json());
    }

    private static APIResponse withoutBody(String description) {
        return OASFactory.createAPIResponse().description(description);
    }

    private static RequestBody body(String description) {
        return OASFactory.createRequestBody()
                .required(true)
                .description(description)
                .content(json());
    }

    private static Parameter id() {
        return parameter("id", Parameter.In.PATH, null).required(true);
    }

    private static Parameter ifMatch() {
        return header("If-Match", "ETags the change expects (or *): 412 Precondition Failed when none is current");
    }

    private static Parameter header(String name, String description) {
        return parameter(name, Parameter.In.HEADER, description);
    }

    private static Parameter query(String name, String description) {
        return parameter(name, Parameter.In.QUERY, description);
    }

    /** A string parameter; every parameter of these endpoints is one. */
    private static Parameter parameter(String name, Parameter.In in, String description) {
        return OASFactory.createParameter()
                .name(name)
                .in(in)
                .description(description)
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
    }

    /** A JSON object in either media type the endpoints read and write. */
    private static Content json() {
        Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        return OASFactory.createContent()
                .addMediaType(
                        ScimMediaTypes.SCIM_JSON, OASFactory.createMediaType().schema(object))
                .addMediaType(
                        MediaType.APPLICATION_JSON, OASFactory.createMediaType().schema(object));
    }

    /** {@code user} or {@code group}. */
    private static String noun(ResourceType type) {
        return type.scimName().toLowerCase(Locale.ROOT);
    }

    private static String singular(ResourceType type) {
        return "a " + noun(type);
    }

    /** {@code users} or {@code groups}. */
    private static String plural(ResourceType type) {
        return type.endpoint().toLowerCase(Locale.ROOT);
    }
}
