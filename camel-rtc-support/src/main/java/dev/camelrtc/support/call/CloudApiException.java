/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.support.call;

import org.apache.camel.RuntimeCamelException;

import dev.camelrtc.support.http.NetworkFailure;

/**
 * A failed cloud API call: an error the cloud answered, a response that could not be read, or a network failure.
 * Each component has exactly one subclass ({@code TrtcException}, {@code AliliveException}). The message names the
 * code, the cloud's message, the action and the request id; it never contains credentials.
 */
public abstract class CloudApiException extends RuntimeCamelException {

    /** Code used when the request failed on the network (connect, timeout, reset) before any reply was read. */
    public static final String NETWORK_ERROR = "ClientError.NetworkError";
    /** Code used when a reply arrived but was not a readable response of the API (HTML gateway page, truncated). */
    public static final String INVALID_RESPONSE = "ClientError.InvalidResponse";
    /** Code used when the client-side rate limit gave no slot in time: nothing was sent. */
    public static final String RATE_LIMITED = "ClientError.RateLimited";
    /** Code used when a proxy answered 407 Proxy Authentication Required: the request did not reach the cloud. */
    public static final String PROXY_AUTHENTICATION_FAILED = "ClientError.ProxyAuthenticationFailed";
    /** Code used when the request could not be signed (e.g. the credentials provider failed): nothing was sent. */
    public static final String CREDENTIALS_UNAVAILABLE = "ClientError.CredentialsUnavailable";

    private final String code;
    private final String errorMessage;
    private final String requestId;
    private final String action;
    private final int httpStatus;
    private boolean unfitReply;

    protected CloudApiException(String code, String errorMessage, String requestId, String action, int httpStatus,
                                Throwable cause) {
        super(describe(code, errorMessage, requestId, action, httpStatus), cause);
        this.code = code;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.action = action;
        this.httpStatus = httpStatus;
    }

    private static String describe(String code, String message, String requestId, String action, int httpStatus) {
        StringBuilder sb = new StringBuilder();
        sb.append(action).append(" failed: ").append(code);
        if (message != null && !message.isBlank()) {
            sb.append(": ").append(message);
        }
        sb.append(" (");
        if (httpStatus > 0) {
            sb.append("HTTP ").append(httpStatus).append(", ");
        }
        sb.append("RequestId ").append(requestId == null ? "none" : requestId).append(')');
        return sb.toString();
    }

    /** The cloud's error code (e.g. {@code FailedOperation.TaskNotExist}), or one of the {@code ClientError.*} codes. */
    public String getCode() {
        return code;
    }

    /** The cloud's error message, without the decoration of {@link #getMessage()}. */
    public String getErrorMessage() {
        return errorMessage;
    }

    /** The request id the cloud returned, or null when no response carried one. */
    public String getRequestId() {
        return requestId;
    }

    /** The API action that failed, e.g. {@code StartAITranscription}. */
    public String getAction() {
        return action;
    }

    /** The HTTP status of the reply, or 0 when no reply was received. */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** Whether retrying may help, and whether the cloud may have acted on the failed call. */
    public Transience transience() {
        if (NETWORK_ERROR.equals(code)) {
            return getCause() instanceof NetworkFailure f && !f.mayHaveBeenSent() ? Transience.NOT_EXECUTED
                    : Transience.UNCERTAIN;
        }
        if (INVALID_RESPONSE.equals(code)) {
            if (httpStatus == 429) {
                return Transience.NOT_EXECUTED;
            }
            if (unfitReply) {
                // asking again gets the same answer
                return Transience.PERMANENT;
            }
            return httpStatus >= 500 || httpStatus == 200 || httpStatus == 0 ? Transience.UNCERTAIN
                    : Transience.PERMANENT;
        }
        if (RATE_LIMITED.equals(code) || code == null) {
            return Transience.PERMANENT;
        }
        if (isThrottlingCode(code)) {
            return Transience.NOT_EXECUTED;
        }
        return isTransientCode(code) || httpStatus >= 500 ? Transience.UNCERTAIN : Transience.PERMANENT;
    }

    /**
     * True for a well-formed reply that does not fit the API's response model ({@link #INVALID_RESPONSE}, not
     * retried).
     */
    public boolean isUnfitReply() {
        return unfitReply;
    }

    /** Marks this failure as a reply that does not fit the API's response model; for the vendors' factories. */
    protected void markUnfitReply() {
        unfitReply = true;
    }

    /** {@code copy}, marked as this failure is; for {@link #withErrorMessage(String)}. */
    protected <E extends CloudApiException> E withMarksOf(E copy) {
        ((CloudApiException) copy).unfitReply = unfitReply;
        return copy;
    }

    /** The same failure with another message (the vendor's exception type, every other field kept). */
    public abstract CloudApiException withErrorMessage(String errorMessage);

    /** The cloud's codes for "too many requests": the call was refused, not executed. */
    protected abstract boolean isThrottlingCode(String code);

    /** The cloud's codes for a temporary failure on its side (internal error, service unavailable). */
    protected abstract boolean isTransientCode(String code);

    /** True for a failure of the network rather than an answer of the cloud. */
    public boolean isNetworkError() {
        return NETWORK_ERROR.equals(code);
    }
}
