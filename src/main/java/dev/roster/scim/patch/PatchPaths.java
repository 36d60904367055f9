package dev.roster.scim.patch;

import dev.roster.scim.error.ScimErrorType;
import dev.roster.scim.error.ScimException;
import dev.roster.scim.filter.FilterParser;
import dev.roster.scim.filter.PatchPath;

/** Parses PATCH paths; every syntax problem is a 400 {@code invalidPath} (RFC 7644 section 3.5.2). */
public final class PatchPaths {

    private PatchPaths() {}

    public static PatchPath parse(String path) {
        try {
            return FilterParser.parsePath(path);
        } catch (ScimException e) {
            // The parser already reports paths as invalidPath; this keeps it so if a filter error slips through.
            if (e.scimType() == ScimErrorType.INVALID_PATH) {
                throw e;
            }
            throw ScimException.invalidPath(e.detail());
        }
    }
}
