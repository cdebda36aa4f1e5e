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
