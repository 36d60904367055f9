package dev.roster.platform;

import java.util.function.Supplier;

/**
 * A value made on first use rather than when its bean is built, for values that need the database (a shared
 * key). Two threads racing may both make it; either result serves, since both come from the same stored key.
 */
public final class Lazy<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    public T get() {
        T known = value;
        if (known == null) {
            known = maker.get();
            value = known;
        }
        return known;
    }
}
