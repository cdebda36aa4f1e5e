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
package dev.camelrtc.simulator.callback;

import java.time.Duration;

/**
 * A fault the simulator plays when it delivers a pushed callback (TRTC events, Alibaba RtcAsr results). Create with
 * the factory methods and register with {@link CallbackFaults#inject(String, CallbackFault, int)}.
 * <ul>
 * <li>{@link #wrongSignature()}: the first attempt carries a wrong signature ({@code Sign} / {@code ASR-SIG}); a
 * receiver that rejects it makes the delivery rules retry it, correctly signed.</li>
 * <li>{@link #duplicate()}: after the event was delivered, the same request (same bytes, same headers) is sent
 * once more.</li>
 * <li>{@link #delay(Duration)}: the first attempt waits that long; later events of the same task wait behind it.</li>
 * <li>{@link #outOfOrder()}: the event is held back until the next event of the same task has been delivered (if no
 * next event comes within the callback maximum age, it is sent alone).</li>
 * </ul>
 */
public final class CallbackFault {

    /** The kinds of fault; the names are the {@code type} values of the admin path {@code /_sim/callback-faults}. */
    public enum Type {
        WRONG_SIGNATURE("wrongSignature"),
        DUPLICATE("duplicate"),
        DELAY("delay"),
        OUT_OF_ORDER("outOfOrder");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Type fromWireName(String name) {
            for (Type t : values()) {
                if (t.wireName.equalsIgnoreCase(name)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown callback fault type '" + name
                    + "'; known: wrongSignature, duplicate, delay, outOfOrder");
        }
    }

    private final Type type;
    private final Duration delay;

    private CallbackFault(Type type, Duration delay) {
        this.type = type;
        this.delay = delay;
    }

    public static CallbackFault wrongSignature() {
        return new CallbackFault(Type.WRONG_SIGNATURE, Duration.ZERO);
    }

    public static CallbackFault duplicate() {
        return new CallbackFault(Type.DUPLICATE, Duration.ZERO);
    }

    public static CallbackFault delay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("callback delay must be a non-negative duration");
        }
        return new CallbackFault(Type.DELAY, delay);
    }

    public static CallbackFault outOfOrder() {
        return new CallbackFault(Type.OUT_OF_ORDER, Duration.ZERO);
    }

    public Type type() {
        return type;
    }

    /** The wait of a {@link #delay(Duration)} fault, else zero. */
    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return "CallbackFault[" + type.wireName + (type == Type.DELAY ? ", delay=" + delay : "") + "]";
    }
}
