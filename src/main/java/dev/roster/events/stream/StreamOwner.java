package dev.roster.events.stream;

/**
 * Who manages streams in a request: the admin, who sees every stream, or one receiver, who sees only its own
 * (another receiver's stream is answered 404, exactly like one that does not exist).
 *
 * @param receiverId the receiver; null for the admin
 */
public record StreamOwner(String receiverId) {

    public static final StreamOwner ADMIN = new StreamOwner(null);

    public static StreamOwner receiver(String receiverId) {
        if (receiverId == null) {
            throw new IllegalArgumentException("A receiver has an id");
        }
        return new StreamOwner(receiverId);
    }

    public boolean isAdmin() {
        return receiverId == null;
    }

    /** Whether this caller may see and manage a stream that {@code streamReceiverId} created. */
    boolean owns(String streamReceiverId) {
        return isAdmin() || receiverId.equals(streamReceiverId);
    }
}
