package dev.roster.events.stream;

import dev.roster.platform.http.HttpStatusException;

/**
 * A stream management request refused with an SSF status (400, 404, 409): the message is shown to the caller, so
 * it never holds a secret. Plain Java, so the service is called the same from any edge; the API maps it.
 */
public class StreamException extends HttpStatusException {

    private static final long serialVersionUID = 1L;

    public StreamException(int status, String message) {
        super(status, message);
    }

    public static StreamException badRequest(String message) {
        return new StreamException(400, message);
    }

    /** The answer for a stream that does not exist and for one of another receiver alike. */
    public static StreamException noSuchStream(String streamId) {
        return new StreamException(404, "No stream with stream_id '" + streamId + "'");
    }
}
