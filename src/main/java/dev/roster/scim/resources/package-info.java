/**
 * SCIM resources as JSON-P documents, independent of JAX-RS and of storage.
 *
 * <ul>
 * <li>{@link dev.roster.scim.resources.ResourceNormalizer}: client body → canonical stored document
 *     (+ a Group's members, kept apart).</li>
 * <li>{@link dev.roster.scim.resources.AttributeProjection} / {@link dev.roster.scim.resources.Projection}:
 *     stored document → what the client asked to see ({@code attributes}, {@code excludedAttributes}).</li>
 * <li>{@link dev.roster.scim.resources.DiscoveryDocuments}: /ServiceProviderConfig, /ResourceTypes, /Schemas.</li>
 * <li>{@link dev.roster.scim.resources.ListResponse}: the list envelope.</li>
 * </ul>
 *
 * <p>Depends on {@code scim.schema}, {@code scim.error} and {@code scim.filter.AttributePath} only.
 */
package dev.roster.scim.resources;
