package dev.roster.resolution.registry;

/** A registry request that cannot be carried out: the status says why (400, 404, 409); the message is safe to show. */
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public RegistryException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
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
