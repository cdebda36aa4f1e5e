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
package dev.camelrtc.alilive;

import dev.camelrtc.support.call.CloudApiException;

/**
 * A failed RtcAsr call: an Alibaba Cloud error envelope ({@code RequestId, HostId, Code, Message, Recommend}), a
 * success-shaped answer whose {@code RetCode} is not 2000 (code {@code RetCode.<value>}), a reply that is not an
 * API response ({@link #INVALID_RESPONSE}), or a network failure ({@link #NETWORK_ERROR}).
 */
public class AliliveException extends CloudApiException {

    private static final long serialVersionUID = 1L;

    /** Prefix of the code of a RetCode failure, e.g. {@code RetCode.4001}. */
    public static final String RET_CODE_PREFIX = "RetCode.";

    private final String hostId;
    private final String recommend;

    public AliliveException(String code, String errorMessage, String requestId, String action, int httpStatus) {
        this(code, errorMessage, requestId, action, httpStatus, null, null, null);
    }

    public AliliveException(String code, String errorMessage, String requestId, String action, int httpStatus,
                            String hostId, String recommend, Throwable cause) {
        super(code, errorMessage, requestId, action, httpStatus, cause);
        this.hostId = hostId;
        this.recommend = recommend;
    }

    /** The gateway host that answered (envelope {@code HostId}, e.g. {@code live.aliyuncs.com}), or null. */
    public String getHostId() {
        return hostId;
    }

    /** The troubleshooting link of the envelope ({@code Recommend}), or null. */
    public String getRecommend() {
        return recommend;
    }

    /** The RetCode of a RetCode failure, or null for other failures. */
    public Long getRetCode() {
        String code = getCode();
        if (code != null && code.startsWith(RET_CODE_PREFIX)) {
            try {
                return Long.valueOf(code.substring(RET_CODE_PREFIX.length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A well-formed reply that does not fit the action's response model: not retried. */
    static AliliveException unfitReply(String errorMessage, String requestId, String action, int httpStatus,
                                       Throwable cause) {
        AliliveException e = new AliliveException(INVALID_RESPONSE, errorMessage, requestId, action, httpStatus, null,
                null, cause);
        e.markUnfitReply();
        return e;
    }

    @Override
    public AliliveException withErrorMessage(String errorMessage) {
        return withMarksOf(new AliliveException(getCode(), errorMessage, getRequestId(), getAction(), getHttpStatus(),
                hostId, recommend, getCause()));
    }

    /** Throttling and its sub-codes (Throttling.User, Throttling.Api, ...). */
    @Override
    protected boolean isThrottlingCode(String code) {
        return code.startsWith("Throttling");
    }

    /** InternalError, ServiceUnavailable (and sub-codes). */
    @Override
    protected boolean isTransientCode(String code) {
        return code.startsWith("InternalError") || code.startsWith("ServiceUnavailable");
    }
}
