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

import java.time.Clock;

import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.SimulatorTimings;

/**
 * Base of a cloud's callback pusher: once started, it scans its tasks every 25 ms on the {@link CallbackDelivery}'s
 * thread and submits the callbacks that became due, speaking the {@link Dialogue} at the pace of the timings.
 */
public abstract class CallbackPusher {

    private static final long SCAN_MILLIS = 25;

    protected final Dialogue dialogue;
    protected final SimulatorTimings timings;
    protected final Clock clock;
    protected final CallbackDelivery delivery;

    protected CallbackPusher(Dialogue dialogue, SimulatorTimings timings, Clock clock, CallbackDelivery delivery) {
        this.dialogue = dialogue;
        this.timings = timings;
        this.clock = clock;
        this.delivery = delivery;
    }

    public void start() {
        delivery.every(SCAN_MILLIS, this::scan);
    }

    /** Pushes what happened since the last scan; runs on the delivery's scheduler thread only. */
    protected abstract void scan();
}
