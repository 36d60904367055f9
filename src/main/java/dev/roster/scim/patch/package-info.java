/**
 * SCIM PATCH (RFC 7644 section 3.5.2) on one stored resource document, independent of JAX-RS and of storage.
 *
 * <p>The pipeline, as the store runs it:
 * <pre>{@code
 * ResourceSchema schema = new ResourceSchema(registry, registry.group());
 * PatchRequest request = PatchRequest.fromJson(body);                  // 400 invalidSyntax/invalidPath/...
 * request = quirks.normalise(request, schema);                         // IdP forms -> standard operations
 * PatchResult result = new PatchEngine().apply(schema, stored, request); // atomic, in order
 * }</pre>
 *
 * <p>What the caller does with the result, in one transaction:
 * <ol>
 *   <li>If {@link dev.roster.scim.patch.PatchResult#documentChanged()}, run the document through
 *       {@code ResourceNormalizer} (recomputes {@code schemas}, checks required attributes) and store it with a
 *       new {@code meta.version}.</li>
 *   <li>Apply {@link dev.roster.scim.patch.PatchResult#membershipChanges()} in order as set operations on the
 *       membership table: {@code AddMembers} inserts rows that are missing (after checking the ids exist),
 *       {@code RemoveMembers} deletes rows by id (absent ids are not an error), {@code RemoveAllMembers}
 *       deletes the group's rows, {@code ReplaceMembers} makes the rows exactly that list. None of them needs
 *       the current member list in memory.</li>
 *   <li>Bump the version only when something actually changed; a PATCH that changes nothing still answers 200
 *       (or 204) with the unchanged resource.</li>
 * </ol>
 *
 * <p>Any failure is a {@link dev.roster.scim.error.ScimException} thrown before anything was written.
 */
package dev.roster.scim.patch;
