/**
 * SCIM bulk requests ({@code POST /Bulk}, RFC 7644 section 3.7), independent of JAX-RS.
 *
 * <p>The pipeline, as {@code BulkResource} runs it:
 * <pre>{@code
 * BulkRequest request = BulkRequestReader.read(body, maxOperations);   // 400 invalidSyntax/invalidValue, 413
 * List<BulkOperationResult> results = new BulkProcessor(executor, renderer).process(integrationId, request);
 * }</pre>
 *
 * <p>Behaviour worth knowing:
 * <ul>
 *   <li><b>Not atomic.</b> Each operation runs in its own transaction through {@code ResourceService};
 *       a failed operation leaves nothing behind and undoes none of the others.</li>
 *   <li><b>In order.</b> Operations run in the order sent. A {@code "bulkId:<id>"} reference resolves to the
 *       resource created by an <em>earlier</em> POST of the same request. Forward references, and therefore
 *       circular ones (RFC 7644 section 3.7.1 lets a provider give up on those), fail that operation with 409,
 *       as do references to a bulkId no POST declares or whose POST failed.</li>
 *   <li><b>Where references resolve.</b> In the path ({@code /Groups/bulkId:qwerty}) and in every string of
 *       {@code data} whose whole value is {@code bulkId:<id>}, at any depth. Text that merely contains
 *       {@code bulkId:} (inside a filter, a longer string) is left as it is.</li>
 *   <li><b>failOnErrors N</b> stops after the N-th failed operation; the answer is still 200 with the results
 *       of the operations that ran.</li>
 *   <li>A request that is malformed as a whole (schemas, Operations, a method or path Roster cannot route,
 *       a missing bulkId or data, a repeated bulkId) is refused whole with 400 before anything runs; more
 *       operations than {@code maxOperations} with 413.</li>
 * </ul>
 */
package dev.roster.scim.bulk;
