package dev.roster.events.stream;

/**
 * A stream management request refused with an SSF status (400, 404, 409): the message is shown to the caller, so
 * it never holds a secret. Plain Java, so the service is called the same from any edge; the API maps it.
 */
public class StreamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public StreamException(int status, String message) {
        super(message);
        this.status = status;
    }

    public static StreamException badRequest(String message) {
        return new StreamException(400, message);
    }

    /** The answer for a stream that does not exist and for one of another receiver alike. */
    public static StreamException noSuchStream(String streamId) {
        return new StreamException(404, "No stream with stream_id '" + streamId + "'");
    }

    public int status() {
        return status;
    }
}
