package dev.roster.admin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.FilterParser;
import dev.roster.web.api.problem.ApiProblem;
import org.junit.jupiter.api.Test;

/** The admin search options become the same AST a SCIM client's filter would. */
class DirectoryFiltersTest {

    @Test
    void nothingMeansNoFilter() {
        assertNull(DirectoryFilters.users(null, null, " "));
        assertNull(DirectoryFilters.groups("", null));
    }

    @Test
    void optionsAreAndedWithTheScimFilter() {
        assertEquals(
                FilterParser.parse("(userName sw \"j\" and active eq false) and "
                        + "(userName co \"ann\" or displayName co \"ann\" or emails.value co \"ann\")"),
                DirectoryFilters.users("userName sw \"j\"", "false", " ann "));
        assertEquals(FilterParser.parse("displayName co \"fin\""), DirectoryFilters.groups(null, "fin"));
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(ApiProblem.class, () -> DirectoryFilters.users(null, "maybe", null));
        assertThrows(ScimException.class, () -> DirectoryFilters.users("userName eq", null, null));
        assertThrows(ApiProblem.class, () -> DirectoryFilters.descending("sideways"));
    }
}
