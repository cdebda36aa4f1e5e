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
package dev.camelrtc.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault the simulator plays instead of (or on top of) a normal answer. Create with the factory methods and register
 * with {@link FaultInjector#inject(String, Fault, int)}.
 * <p>
 * When a fault applies relative to the request's execution (signature check, state change):
 * <ul>
 * <li>{@link #error}, {@link #httpStatus}, {@link #dropConnection}, {@link #malformedBody}, {@link #unfitReply}: the
 * request is <b>not</b>
 * executed (no task is created or changed).</li>
 * <li>{@link #latency}: waits, then the request is handled normally.</li>
 * <li>{@link #truncatedBody}, {@link #wrongContentType}, {@link #dropConnectionAfterExecute},
 * {@link #httpStatusAfterExecute}: the request <b>is</b> executed (a start creates its task), then the answer is
 * damaged or replaced. These make idempotent retries interesting.</li>
 * </ul>
 */
public final class Fault {

    /** The kinds of fault; the names are also the {@code type} values of the admin path {@code POST /_sim/faults}. */
    public enum Type {
        ERROR("error", false),
        HTTP_STATUS("httpStatus", false),
        LATENCY("latency", false),
        DROP("drop", false),
        MALFORMED("malformed", false),
        UNFIT_REPLY("unfitReply", false),
        TRUNCATED("truncated", true),
        WRONG_CONTENT_TYPE("wrongContentType", true),
        DROP_AFTER_EXECUTE("dropAfterExecute", true),
        HTTP_STATUS_AFTER_EXECUTE("httpStatusAfterExecute", true);

        private final String wireName;
        private final boolean afterExecute;

        Type(String wireName, boolean afterExecute) {
            this.wireName = wireName;
            this.afterExecute = afterExecute;
        }

        public String wireName() {
            return wireName;
        }

        /** True when the request is executed before this fault damages the answer. */
        public boolean afterExecute() {
            return afterExecute;
        }

        public static Type fromWireName(String name) {
            for (Type t : values()) {
                if (t.wireName.equalsIgnoreCase(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown fault type '" + name + "'");
        }
    }

    private final Type type;
    private final String code;
    private final String message;
    private final int httpStatus;
    private final Duration latency;

    private Fault(Type type, String code, String message, int httpStatus, Duration latency) {
        this.type = type;
        this.code = code;
        this.message = message;
        this.httpStatus = httpStatus;
        this.latency = latency;
    }

    /**
     * An error in the cloud's own envelope. TRTC: HTTP 200 with {@code Response.Error}. Alibaba: the HTTP status the
     * code has in the Alibaba tables (e.g. 400 for ConfigNotFound/Throttling.User, 404 for InvalidAccessKeyId.NotFound,
     * 500 for InternalError, 503 for ServiceUnavailable); use {@link #error(String, String, int)} to choose it.
     */
    public static Fault error(String code, String message) {
        return new Fault(Type.ERROR, Objects.requireNonNull(code, "code"), message == null ? code : message, 0, null);
    }

    /** As {@link #error(String, String)} with an explicit HTTP status for Alibaba (TRTC errors are always HTTP 200). */
    public static Fault error(String code, String message, int alibabaHttpStatus) {
        return new Fault(Type.ERROR, Objects.requireNonNull(code, "code"), message == null ? code : message,
                checkStatus(alibabaHttpStatus), null);
    }

    /** A bare HTTP status with an HTML gateway page as body (e.g. 502), request not executed. */
    public static Fault httpStatus(int status) {
        return new Fault(Type.HTTP_STATUS, null, null, checkStatus(status), null);
    }

    /** As {@link #httpStatus(int)} but after the request was executed. */
    public static Fault httpStatusAfterExecute(int status) {
        return new Fault(Type.HTTP_STATUS_AFTER_EXECUTE, null, null, checkStatus(status), null);
    }

    /** Waits {@code extra}, then handles the request normally. */
    public static Fault latency(Duration extra) {
        if (extra == null || extra.isNegative()) {
            throw new IllegalArgumentException("latency must be a non-negative duration");
        }
        return new Fault(Type.LATENCY, null, null, 0, extra);
    }

    /** Closes the connection without any response; request not executed. */
    public static Fault dropConnection() {
        return new Fault(Type.DROP, null, null, 0, null);
    }

    /** Executes the request, then closes the connection without any response. */
    public static Fault dropConnectionAfterExecute() {
        return new Fault(Type.DROP_AFTER_EXECUTE, null, null, 0, null);
    }

    /** HTTP 200 with the vendor's JSON content type and a body that is not JSON; request not executed. */
    public static Fault malformedBody() {
        return new Fault(Type.MALFORMED, null, null, 0, null);
    }

    /**
     * HTTP 200 with the vendor's success envelope whose {@code RequestId} is a JSON object, so that the reply does not
     * fit any action's response model; request not executed.
     */
    public static Fault unfitReply() {
        return new Fault(Type.UNFIT_REPLY, null, null, 0, null);
    }

    /** Executes the request and sends the first half of its (valid JSON) answer with HTTP 200. */
    public static Fault truncatedBody() {
        return new Fault(Type.TRUNCATED, null, null, 0, null);
    }

    /** Executes the request and sends its answer with HTTP 200 and {@code Content-Type: text/html}. */
    public static Fault wrongContentType() {
        return new Fault(Type.WRONG_CONTENT_TYPE, null, null, 0, null);
    }

    public Type type() {
        return type;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** HTTP status of httpStatus faults; for error faults 0 = the vendor's default for the code. */
    public int httpStatus() {
        return httpStatus;
    }

    public Duration latency() {
        return latency;
    }

    private static int checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + status);
        }
        return status;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Fault[").append(type.wireName);
        if (code != null) {
            sb.append(", code=").append(code);
        }
        if (httpStatus != 0) {
            sb.append(", status=").append(httpStatus);
        }
        if (latency != null) {
            sb.append(", latency=").append(latency);
        }
        return sb.append(']').toString();
    }
}
