package dev.roster.resolution.registry;

import dev.roster.platform.http.HttpStatusException;

/** A registry request that cannot be carried out: the status says why (400, 404, 409). */
public class RegistryException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    public RegistryException(int status, String message) {
        super(status, message);
    }

    public static RegistryException notFound(String message) {
        return new RegistryException(404, message);
    }

    public static RegistryException invalid(String message) {
        return new RegistryException(400, message);
    }

    public static RegistryException conflict(String message) {
        return new RegistryException(409, message);
    }
}
