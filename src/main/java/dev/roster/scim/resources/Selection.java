package dev.roster.scim.resources;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tree of lower-cased JSON keys chosen by an {@code attributes} or {@code excludedAttributes} parameter.
 * {@code name.givenName} becomes {@code name -> givenname (whole)}; an extension attribute hangs below its
 * schema URN key, exactly where it lives in the resource JSON. Immutable once built.
 *
 * <p>Two shared instances stand for coverage rather than a choice: {@link #WHOLE} (an ancestor was named, so
 * everything beneath is selected) and {@link #DEFAULTS} (no {@code attributes} parameter: everything that is
 * returned by default). {@code null} means "not selected".
 */
final class Selection {

    static final Selection WHOLE = new Selection(true, Map.of());
    static final Selection DEFAULTS = new Selection(false, Map.of());

    private final boolean whole;
    private final Map<String, Selection> children;

    private Selection(boolean whole, Map<String, Selection> children) {
        this.whole = whole;
        this.children = children;
    }

    boolean isWhole() {
        return whole;
    }

    boolean isEmpty() {
        return !whole && children.isEmpty();
    }

    /** The selection for one child key of this node, as raw tree lookup (used for exclusions). */
    Selection child(String key) {
        return children.get(key.toLowerCase(Locale.ROOT));
    }

    /** Coverage of a child: WHOLE and DEFAULTS pass down unchanged, a partial node looks the key up. */
    Selection coverageOf(String key) {
        if (this == WHOLE || this == DEFAULTS) {
            return this;
        }
        Selection child = child(key);
        return child == null ? null : child.whole ? WHOLE : child;
    }

    /** Collects paths (lists of keys, any case) into a tree. */
    static final class Builder {
        private boolean whole;
        private final Map<String, Builder> children = new HashMap<>();

        Builder add(List<String> path) {
            Builder node = this;
            for (String key : path) {
                node = node.children.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new Builder());
            }
            node.whole = true;
            return this;
        }

        boolean isEmpty() {
            return !whole && children.isEmpty();
        }

        Selection build() {
            Map<String, Selection> built = new HashMap<>();
            children.forEach((key, child) -> built.put(key, child.build()));
            return new Selection(whole, Map.copyOf(built));
        }
    }
}
