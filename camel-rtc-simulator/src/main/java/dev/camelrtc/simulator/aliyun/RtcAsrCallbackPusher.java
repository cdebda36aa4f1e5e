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
package dev.camelrtc.simulator.aliyun;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.callback.CallbackDelivery;
import dev.camelrtc.simulator.callback.CallbackFaults;
import dev.camelrtc.simulator.callback.CallbackPusher;
import dev.camelrtc.simulator.callback.OutgoingCallback;
import dev.camelrtc.simulator.http.Digests;
import dev.camelrtc.simulator.http.Json;

/**
 * Pushes RtcAsr results to each task's {@code CallbackURL} (CreateRtcAsrTask), one per sentence of the
 * {@link Dialogue}, from the moment the task runs until it stops (Stop, auto-termination or Delete).
 * <p>
 * Documented by Alibaba (reference/alibaba-live.md §5): only the authentication. With an {@code AuthKey} on the task,
 * headers {@code SIG-TIME} and {@code ASR-SIG = md5(SIG-TIME + "/" + CallbackURL + "/" + AuthKey)} are added; without
 * one, neither. Choices where the docs are silent: {@code SIG-TIME} is Unix time in <b>seconds</b>, the md5 is
 * <b>lower-case</b> hex, the method is POST, the body JSON ({@code Content-Type: application/json}), and the body's
 * shape is the simulator's invention:
 * {@code {"TaskId","SentenceId","Speaker","Text","BeginTime","EndTime","Final":true,"Timestamp"}} (SentenceId counts
 * from 1; BeginTime/EndTime: milliseconds from the task's start; Timestamp: epoch milliseconds when the sentence
 * ended). Delivered by {@link CallbackDelivery} (Tencent's rules; Alibaba documents none), fault selector
 * {@link CallbackFaults#ALIYUN_RESULT}.
 */
public final class RtcAsrCallbackPusher extends CallbackPusher {

    private final RtcAsrTasks tasks;
    /** task id → index of the next sentence to push. */
    private final Map<String, Integer> next = new HashMap<>();

    public RtcAsrCallbackPusher(RtcAsrTasks tasks, Dialogue dialogue, SimulatorTimings timings, Clock clock,
                                CallbackDelivery delivery) {
        super(dialogue, timings, clock, delivery);
        this.tasks = tasks;
    }

    @Override
    protected void scan() {
        Instant now = clock.instant();
        Set<String> present = new HashSet<>();
        List<Dialogue.Line> lines = dialogue.lines();
        for (RtcAsrTasks.CallbackTarget t : tasks.callbackTargets()) {
            present.add(t.taskId());
            URI url = httpUrl(t.callbackUrl());
            int i = next.getOrDefault(t.taskId(), 0);
            while (i < lines.size()) {
                Instant ended = t.runningAt().plus(timings.speech(lines.get(i).endMs()));
                if (ended.isAfter(now) || (t.stoppedAt() != null && !ended.isBefore(t.stoppedAt()))) {
                    break;
                }
                if (url != null) {
                    push(t, url, i, ended);
                }
                i++;
            }
            next.put(t.taskId(), i);
        }
        next.keySet().retainAll(present);
    }

    /** The task's CallbackURL when it is an absolute http(s) URL; other values get no callbacks. */
    private static URI httpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null ? uri
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void push(RtcAsrTasks.CallbackTarget t, URI url, int index, Instant ended) {
        Dialogue.Line line = dialogue.lines().get(index);
        ObjectNode body = Json.object().put("TaskId", t.taskId()).put("SentenceId", index + 1)
                .put("Speaker", line.speaker()).put("Text", line.text()).put("BeginTime", line.startMs())
                .put("EndTime", line.endMs()).put("Final", true).put("Timestamp", ended.toEpochMilli());
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        String sigTime = Long.toString(clock.millis() / 1000);
        delivery.submit(OutgoingCallback.json(t.taskId(), CallbackFaults.ALIYUN_RESULT, url, Map.of(), bytes,
                t.authKey(), key -> Map.of("SIG-TIME", sigTime, "ASR-SIG", signature(sigTime, t.callbackUrl(), key))));
    }

    /** {@code md5(time/url/authKey)}, lower-case hex. */
    static String signature(String sigTime, String callbackUrl, String authKey) {
        return Digests.md5Hex(sigTime + "/" + callbackUrl + "/" + authKey);
    }
}
