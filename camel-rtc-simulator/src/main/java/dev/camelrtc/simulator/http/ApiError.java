package dev.camelrtc.simulator.http;

/** A cloud error (code + message) raised anywhere while handling a request; rendered by the vendor's envelope. */
public final class ApiError extends RuntimeException {

    private final String code;
    private final int httpStatus;

    /** {@code httpStatus} matters for Alibaba only (TRTC answers every error with HTTP 200). */
    public ApiError(String code, String message, int httpStatus) {
        super(message, null, false, false);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public ApiError(String code, String message) {
        this(code, message, 400);
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
