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
package dev.camelrtc.trtc;

import dev.camelrtc.support.call.CloudApiException;

/**
 * A failed TRTC API call: an error envelope ({@code Response.Error}) of Tencent Cloud, a reply that is not a TRTC
 * response (gateway page, truncated JSON), or a network failure ({@link #NETWORK_ERROR}).
 */
public class TrtcException extends CloudApiException {

    private static final long serialVersionUID = 1L;

    public TrtcException(String code, String errorMessage, String requestId, String action, int httpStatus) {
        super(code, errorMessage, requestId, action, httpStatus, null);
    }

    public TrtcException(String code, String errorMessage, String requestId, String action, int httpStatus,
                         Throwable cause) {
        super(code, errorMessage, requestId, action, httpStatus, cause);
    }

    /** A well-formed reply that does not fit the action's response model: not retried. */
    static TrtcException unfitReply(String errorMessage, String requestId, String action, int httpStatus,
                                    Throwable cause) {
        TrtcException e = new TrtcException(INVALID_RESPONSE, errorMessage, requestId, action, httpStatus, cause);
        e.markUnfitReply();
        return e;
    }

    @Override
    public TrtcException withErrorMessage(String errorMessage) {
        return withMarksOf(
                new TrtcException(getCode(), errorMessage, getRequestId(), getAction(), getHttpStatus(), getCause()));
    }

    /** RequestLimitExceeded and its sub-codes (RequestLimitExceeded.UinLimitExceeded, ...). */
    @Override
    protected boolean isThrottlingCode(String code) {
        return code.startsWith("RequestLimitExceeded") || "FailedOperation.RestrictedFrequency".equals(code);
    }

    /** InternalError (and InternalError.*), ServiceUnavailable, ResourceUnavailable. */
    @Override
    protected boolean isTransientCode(String code) {
        return code.startsWith("InternalError") || code.startsWith("ServiceUnavailable")
                || code.startsWith("ResourceUnavailable");
    }
}
