package dev.roster.web.api;

import dev.roster.web.api.problem.ApiProblem;

/**
 * A page of a list, asked for SCIM-style ({@code startIndex} 1-based, {@code count}) or console-style
 * ({@code page} 1-based, {@code size}); never both. Out-of-range SCIM values are clamped as RFC 7644 does;
 * console values out of range are errors. Either way a value that is no integer, or a page past the last one a
 * list can have, is a 400 naming the parameter.
 */
public record PageRequest(int startIndex, int count) {

    public static final int DEFAULT_COUNT = 50;

    public static PageRequest of(String startIndex, String count, String page, String size, int max) {
        boolean scimStyle = present(startIndex) || present(count);
        boolean pageStyle = present(page) || present(size);
        if (scimStyle && pageStyle) {
            throw ApiProblem.badRequest("Use startIndex/count or page/size, not both");
        }
        int fallback = Math.min(DEFAULT_COUNT, max);
        if (pageStyle) {
            long pageNumber = number("page", page, 1);
            long pageSize = number("size", size, fallback);
            if (pageNumber < 1) {
                throw ApiProblem.badRequest("page starts at 1");
            }
            if (pageSize < 1 || pageSize > max) {
                throw ApiProblem.badRequest("size must be between 1 and " + max);
            }
            // The first item's index, (page - 1) * size + 1, must stay an int; computed this way nothing overflows.
            long lastPage = (Integer.MAX_VALUE - 1L) / pageSize + 1;
            if (pageNumber > lastPage) {
                throw ApiProblem.badRequest("page must be at most " + lastPage + " with size " + pageSize);
            }
            return new PageRequest((int) ((pageNumber - 1) * pageSize + 1), (int) pageSize);
        }
        return scimStyle("startIndex", startIndex, "count", count, fallback, max);
    }

    /**
     * A SCIM-style window under the caller's parameter names (a group's {@code membersStart}/{@code membersCount}),
     * clamped as RFC 7644 does: a start below 1 is 1, a count below 0 is 0 and above {@code max} is {@code max}.
     */
    public static PageRequest scimStyle(
            String startName, String startIndex, String countName, String count, int fallback, int max) {
        long first = Math.max(1, number(startName, startIndex, 1));
        long items = Math.min(max, Math.max(0, number(countName, count, fallback)));
        return new PageRequest((int) Math.min(first, Integer.MAX_VALUE), (int) items);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static long number(String name, String value, long absent) {
        if (!present(value)) {
            return absent;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name + " must be an integer");
        }
    }
}
