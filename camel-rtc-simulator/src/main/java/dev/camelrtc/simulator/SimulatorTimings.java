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
 * How fast simulated tasks move through their states. Immutable; derive variants with the {@code with*} methods.
 * <p>
 * The same timings drive the TRTC tasks and the Alibaba RtcAsr tasks:
 * <ul>
 * <li>{@code preparingAfter}: time from start to {@code Preparing} (AI tasks; before that they report {@code Idle}).</li>
 * <li>{@code inProgressAfter}: time from start to {@code InProgress} (Alibaba: status 0 → 1).</li>
 * <li>{@code stoppedGrace}: how long a {@code Stopped}/{@code Exited} TRTC task stays visible before queries answer
 * {@code FailedOperation.TaskNotExist}.</li>
 * <li>{@code maxIdleTimeUnit}: the length of one "API second" for durations given in seconds in requests
 * (TRTC {@code MaxIdleTime}, Alibaba {@code AutoTerminateDelay}) and for the speech timeline of the
 * {@link Dialogue}; default one real second.</li>
 * <li>{@code callbackTimeout}, {@code callbackRetryInterval}, {@code callbackMaxAge}: how pushed callbacks are
 * delivered, by Tencent's rules: an attempt without HTTP 200 within the timeout (5 s) failed; the first failure is
 * retried at once, later ones every retry interval (10 s) while the event is not older than the maximum age (1 min).
 * </li>
 * </ul>
 */
public final class SimulatorTimings {

    private final Duration preparingAfter;
    private final Duration inProgressAfter;
    private final Duration stoppedGrace;
    private final Duration maxIdleTimeUnit;
    private final Duration callbackTimeout;
    private final Duration callbackRetryInterval;
    private final Duration callbackMaxAge;

    private SimulatorTimings(Duration preparingAfter, Duration inProgressAfter, Duration stoppedGrace,
                             Duration maxIdleTimeUnit, Duration callbackTimeout, Duration callbackRetryInterval,
                             Duration callbackMaxAge) {
        this.preparingAfter = nonNegative(preparingAfter, "preparingAfter");
        this.inProgressAfter = nonNegative(inProgressAfter, "inProgressAfter");
        this.stoppedGrace = nonNegative(stoppedGrace, "stoppedGrace");
        this.maxIdleTimeUnit = nonNegative(maxIdleTimeUnit, "maxIdleTimeUnit");
        this.callbackTimeout = positive(callbackTimeout, "callbackTimeout");
        this.callbackRetryInterval = nonNegative(callbackRetryInterval, "callbackRetryInterval");
        this.callbackMaxAge = nonNegative(callbackMaxAge, "callbackMaxAge");
        if (inProgressAfter.compareTo(preparingAfter) < 0) {
            throw new IllegalArgumentException("inProgressAfter must not be shorter than preparingAfter");
        }
    }

    /**
     * Defaults: Preparing after 200 ms, InProgress after 500 ms, stopped tasks visible 2 s, one API second = 1 s;
     * callbacks as Tencent delivers them: 5 s timeout, retries every 10 s up to an age of 1 min.
     */
    public static SimulatorTimings defaults() {
        return new SimulatorTimings(Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(1));
    }

    /**
     * For tests: Preparing after 20 ms, InProgress after 50 ms, stopped tasks visible 300 ms, one API second = 50 ms (so
     * the default MaxIdleTime of 60 expires after 3 s); callbacks: 5 s timeout (a loaded machine must not turn a slow
     * answer into a redelivery), retries every 100 ms up to an age of 3 s.
     */
    public static SimulatorTimings fast() {
        return new SimulatorTimings(Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofMillis(300),
                Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofMillis(100), Duration.ofSeconds(3));
    }

    public Duration preparingAfter() {
        return preparingAfter;
    }

    public Duration inProgressAfter() {
        return inProgressAfter;
    }

    /** The API time of {@code speechMillis} of the {@link Dialogue}'s timeline, at the pace of one API second. */
    public Duration speech(long speechMillis) {
        return Duration.ofNanos(maxIdleTimeUnit.toNanos() / 1000 * speechMillis);
    }

    public Duration stoppedGrace() {
        return stoppedGrace;
    }

    public Duration maxIdleTimeUnit() {
        return maxIdleTimeUnit;
    }

    public Duration callbackTimeout() {
        return callbackTimeout;
    }

    public Duration callbackRetryInterval() {
        return callbackRetryInterval;
    }

    public Duration callbackMaxAge() {
        return callbackMaxAge;
    }

    /** The simulated length of {@code apiSeconds} seconds given in a request. */
    public Duration apiSeconds(long apiSeconds) {
        return maxIdleTimeUnit.multipliedBy(apiSeconds);
    }

    public SimulatorTimings withPreparingAfter(Duration d) {
        return new SimulatorTimings(d, inProgressAfter, stoppedGrace, maxIdleTimeUnit, callbackTimeout,
                callbackRetryInterval, callbackMaxAge);
    }

    public SimulatorTimings withInProgressAfter(Duration d) {
        return new SimulatorTimings(preparingAfter, d, stoppedGrace, maxIdleTimeUnit, callbackTimeout,
                callbackRetryInterval, callbackMaxAge);
    }

    public SimulatorTimings withStoppedGrace(Duration d) {
        return new SimulatorTimings(preparingAfter, inProgressAfter, d, maxIdleTimeUnit, callbackTimeout,
                callbackRetryInterval, callbackMaxAge);
    }

    public SimulatorTimings withMaxIdleTimeUnit(Duration d) {
        return new SimulatorTimings(preparingAfter, inProgressAfter, stoppedGrace, d, callbackTimeout,
                callbackRetryInterval, callbackMaxAge);
    }

    /** How long a callback attempt may wait for its answer (positive). */
    public SimulatorTimings withCallbackTimeout(Duration d) {
        return new SimulatorTimings(preparingAfter, inProgressAfter, stoppedGrace, maxIdleTimeUnit, d,
                callbackRetryInterval, callbackMaxAge);
    }

    /** The pause between callback retries after the immediate one. */
    public SimulatorTimings withCallbackRetryInterval(Duration d) {
        return new SimulatorTimings(preparingAfter, inProgressAfter, stoppedGrace, maxIdleTimeUnit, callbackTimeout,
                d, callbackMaxAge);
    }

    /** The age after which a callback that was not delivered is given up. */
    public SimulatorTimings withCallbackMaxAge(Duration d) {
        return new SimulatorTimings(preparingAfter, inProgressAfter, stoppedGrace, maxIdleTimeUnit, callbackTimeout,
                callbackRetryInterval, d);
    }

    private static Duration positive(Duration d, String name) {
        if (nonNegative(d, name).isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }

    private static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return d;
    }

    @Override
    public String toString() {
        return "SimulatorTimings[preparingAfter=" + preparingAfter + ", inProgressAfter=" + inProgressAfter
                + ", stoppedGrace=" + stoppedGrace + ", maxIdleTimeUnit=" + maxIdleTimeUnit + ", callbackTimeout="
                + callbackTimeout + ", callbackRetryInterval=" + callbackRetryInterval + ", callbackMaxAge="
                + callbackMaxAge + "]";
    }
}
