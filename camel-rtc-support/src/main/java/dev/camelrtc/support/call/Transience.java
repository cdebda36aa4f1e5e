package dev.camelrtc.support.call;

/** Whether a failed call may be tried again, and whether the cloud may have acted on it. */
public enum Transience {
    /** Retrying cannot help: bad parameters, credentials, unknown task, ... */
    PERMANENT,
    /** Transient, and provably not executed: the connection was never made, or the cloud refused it (throttling). */
    NOT_EXECUTED,
    /**
     * Transient, but the cloud may have executed it: a timeout or reset after the request was sent, a 5xx, an
     * internal error. Only operations that are safe to repeat retry these.
     */
    UNCERTAIN
}
