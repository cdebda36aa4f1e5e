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

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.camelrtc.simulator.CallbackReceiver;
import dev.camelrtc.simulator.SimulatorTimings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tencent's delivery rules and the callback fault switches, over real HTTP to a receiving server. Timings are chosen
 * so that every outcome is decided by the order of events, not by how fast the machine is (e.g. a retry interval of an
 * hour, so that "no further attempt" needs no waiting).
 */
class CallbackDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration HOUR = Duration.ofHours(1);

    private final CallbackReceiver receiver = new CallbackReceiver();
    private CallbackDelivery delivery;

    @AfterEach
    void close() {
        if (delivery != null) {
            delivery.close();
        }
        receiver.close();
    }

    private CallbackDelivery delivery(SimulatorTimings timings) {
        delivery = new CallbackDelivery(timings);
        return delivery;
    }

    private OutgoingCallback event(String lane, String event, String text) {
        return new OutgoingCallback(lane, event, URI.create(receiver.url()),
                Map.of("Content-Type", "application/json", "Sign", "good"),
                Map.of("Content-Type", "application/json", "Sign", "bad"),
                ("{\"lane\":\"" + lane + "\",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> texts(List<CallbackReceiver.Received> received) {
        return received.stream().map(r -> r.json().path("text").asText()).toList();
    }

    @Test
    void aFailureIsRetriedAtOnceThenGivenUpWhenTheNextRetryWouldBeTooOld() {
        receiver.answer(500, 500);
        CallbackDelivery d = delivery(SimulatorTimings.fast().withCallbackRetryInterval(HOUR)
                .withCallbackMaxAge(Duration.ofSeconds(30)));
        d.submit(event("t1", "903", "a"));
        await().atMost(WAIT).until(() -> d.stats().givenUp() == 1);
        assertThat(receiver.received()).hasSize(2).extracting(CallbackReceiver.Received::answered)
                .containsExactly(500, 500);
        assertThat(texts(receiver.received())).containsExactly("a", "a");
        assertThat(d.stats()).isEqualTo(new CallbackDelivery.Stats(1, 2, 0, 2, 1, 0));
    }

    @Test
    void laterFailuresAreRetriedEveryIntervalUntilDelivered() {
        receiver.answer(500, 503, 404, 500);
        CallbackDelivery d = delivery(SimulatorTimings.fast().withCallbackRetryInterval(Duration.ofMillis(50))
                .withCallbackMaxAge(HOUR));
        d.submit(event("t1", "903", "b"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 1);
        assertThat(receiver.received()).extracting(CallbackReceiver.Received::answered)
                .containsExactly(500, 503, 404, 500, 200);
        assertThat(texts(receiver.received())).containsOnly("b");
        assertThat(d.stats()).isEqualTo(new CallbackDelivery.Stats(1, 5, 1, 4, 0, 0));
        System.out.println("delivery rules: 1 event, " + d.stats().attempts() + " attempts, 1 delivered, 0 lost");
    }

    @Test
    void anAttemptWithoutAnswerWithinTheTimeoutFailsAndIsRetried() {
        receiver.stallNext();
        CallbackDelivery d = delivery(SimulatorTimings.fast().withCallbackTimeout(Duration.ofMillis(300))
                .withCallbackRetryInterval(Duration.ofMillis(50)).withCallbackMaxAge(HOUR));
        d.submit(event("t1", "903", "c"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 1);
        receiver.release();
        List<CallbackReceiver.Received> received = receiver.received();
        assertThat(received.size()).isGreaterThanOrEqualTo(2);
        assertThat(received.get(0).answered()).as("held past the timeout").isZero();
        assertThat(received.get(received.size() - 1).accepted()).isTrue();
        assertThat(texts(received)).containsOnly("c");
        assertThat(d.stats().failedAttempts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void eventsOfOneTaskArriveInOrderWhileOtherTasksDoNotWait() {
        receiver.stallNext();
        // no timeout: the held attempt fails only when the receiver lets it go (closes it unanswered)
        CallbackDelivery d = delivery(SimulatorTimings.fast().withCallbackTimeout(HOUR)
                .withCallbackRetryInterval(Duration.ofMillis(20)).withCallbackMaxAge(HOUR));
        d.submit(event("slow", "903", "s0"));
        await().atMost(WAIT).until(() -> receiver.received().size() == 1);
        for (int i = 1; i < 20; i++) {
            d.submit(event("slow", "903", "s" + i));
        }
        d.submit(event("other", "903", "o0"));
        // the other task's event passes while the slow task's first event is still held by the receiver
        await().atMost(WAIT).until(() -> texts(receiver.accepted()).contains("o0"));
        assertThat(texts(receiver.accepted())).doesNotContain("s0", "s1");
        receiver.release();
        receiver.answer(500, 500, 500);
        await().atMost(WAIT).until(() -> d.stats().delivered() == 21);
        List<String> slow = texts(receiver.accepted()).stream().filter(t -> t.startsWith("s")).toList();
        assertThat(slow).containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> "s" + i).toList());
        System.out.println("delivery order: 21 events, " + slow.size() + " of one task in order, 0 lost, "
                + d.stats().failedAttempts() + " failed attempts retried");
    }

    @Test
    void wrongSignatureFaultSignsTheFirstAttemptWronglyAndTheRetryCorrectly() {
        receiver.accepting(r -> "good".equals(r.header("Sign")));
        CallbackDelivery d = delivery(SimulatorTimings.fast());
        d.faults().inject("903", CallbackFault.wrongSignature());
        d.submit(event("t1", "901", "started"));
        d.submit(event("t1", "903", "sentence"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 2);
        assertThat(receiver.received()).extracting(r -> r.header("Sign") + " " + r.answered() + " "
                + r.json().path("text").asText())
                .containsExactly("good 200 started", "bad 401 sentence", "good 200 sentence");
        assertThat(d.faults().pending()).isZero();
    }

    @Test
    void duplicateFaultDeliversTheSameRequestTwice() {
        CallbackDelivery d = delivery(SimulatorTimings.fast());
        d.faults().inject(CallbackFaults.ANY_EVENT, CallbackFault.duplicate());
        d.submit(event("t1", "903", "twice"));
        d.submit(event("t1", "903", "once"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 2);
        List<CallbackReceiver.Received> received = receiver.received();
        assertThat(texts(received)).containsExactly("twice", "twice", "once");
        assertThat(received.get(0).body()).isEqualTo(received.get(1).body());
        assertThat(received.get(0).headers()).isEqualTo(received.get(1).headers());
        assertThat(d.stats()).isEqualTo(new CallbackDelivery.Stats(2, 3, 2, 0, 0, 0));
    }

    @Test
    void delayFaultHoldsTheEventAndTheLaterEventsOfItsTask() {
        CallbackDelivery d = delivery(SimulatorTimings.fast());
        d.faults().inject("902", CallbackFault.delay(HOUR));
        d.submit(event("held", "902", "h0"));
        d.submit(event("held", "903", "h1"));
        d.submit(event("free", "903", "f0"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 1);
        assertThat(texts(receiver.received())).containsExactly("f0");
        assertThat(d.stats().pending()).isEqualTo(2);

        CallbackDelivery shortDelay = new CallbackDelivery(SimulatorTimings.fast());
        try {
            shortDelay.faults().inject("902", CallbackFault.delay(Duration.ofMillis(200)));
            shortDelay.submit(event("late", "902", "l0"));
            shortDelay.submit(event("late", "903", "l1"));
            await().atMost(WAIT).until(() -> shortDelay.stats().delivered() == 2);
            assertThat(texts(receiver.received())).containsExactly("f0", "l0", "l1");
        } finally {
            shortDelay.close();
        }
    }

    @Test
    void outOfOrderFaultSwapsTheEventWithTheNextOfItsTask() {
        CallbackDelivery d = delivery(SimulatorTimings.fast().withCallbackMaxAge(HOUR));
        d.faults().inject("904", CallbackFault.outOfOrder());
        d.submit(event("t1", "901", "started"));
        d.submit(event("t1", "904", "speech"));
        await().atMost(WAIT).until(() -> receiver.accepted().size() == 1);
        d.submit(event("t1", "903", "sentence"));
        d.submit(event("t1", "902", "stopped"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 4);
        assertThat(texts(receiver.accepted())).containsExactly("started", "sentence", "speech", "stopped");
    }

    @Test
    void anOutOfOrderEventWithoutSuccessorIsSentAloneAfterTheMaximumAge() {
        CallbackDelivery d = delivery(SimulatorTimings.fast().withCallbackMaxAge(Duration.ofMillis(200)));
        d.faults().inject("902", CallbackFault.outOfOrder());
        d.submit(event("t1", "902", "last"));
        await().atMost(WAIT).until(() -> d.stats().delivered() == 1);
        assertThat(texts(receiver.accepted())).containsExactly("last");
    }
}
