package dev.camelrtc.support.http;

import java.io.IOException;
import java.net.URI;

/**
 * A call that got no reply: where it went, what the JVM said, and whether the request may have reached the cloud
 * (only a failure to connect proves it did not).
 */
public final class NetworkFailure extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean requestSent;

    public NetworkFailure(URI endpoint, Throwable cause, boolean requestSent) {
        super("no response from " + endpoint + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + ")", cause);
        this.requestSent = requestSent;
    }

    /** False when the failure proves the request never left: the cloud cannot have acted on it. */
    public boolean mayHaveBeenSent() {
        return requestSent;
    }
}
