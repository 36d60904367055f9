/**
 * The storage SPI of the SCIM engine, in SCIM terms only: the resource types, stored resources and their
 * pages, searches (filter, sort, index or cursor window), group members, and the interfaces a storage
 * backend implements ({@link dev.roster.scim.spi.ResourceStores}, {@link dev.roster.scim.spi.MemberStore}).
 * The engine depends on these, never on a backend; {@code dev.roster.directory} implements them with JPA/SQL.
 * Nothing here knows HTTP.
 */
package dev.roster.scim.spi;
