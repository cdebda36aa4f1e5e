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
package dev.camelrtc.simulator.trtc;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.Dialogue;
import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.callback.CallbackDelivery;
import dev.camelrtc.simulator.callback.CallbackPusher;
import dev.camelrtc.simulator.callback.OutgoingCallback;
import dev.camelrtc.simulator.http.Digests;
import dev.camelrtc.simulator.http.Json;

/**
 * Pushes TRTC AI-service server callbacks (reference/tencent-callbacks.md; trtc.io/document/68331 for group 9,
 * tencentcloud.com/document/product/647/80094 for group 14) for every task, as the cloud does:
 * <ul>
 * <li>AI transcription and AI conversation (EventGroupId 9): 901 {@code {"Status":0}} when the task runs; per
 * sentence of the {@link Dialogue} 904 {@code {"UserId","RoundId"}} when the speaker starts and 903
 * {@code {"UserId","Text","StartTimeMs","EndTimeMs","RoundId"}} when the sentence ends; 902 {@code {"LeaveCode"}}
 * when the task ends (0 stop call, 2 room dissolved, 99 idle timeout).</li>
 * <li>Cloud transcription (EventGroupId 14): 1401 (with {@code RobotId}, the TranscriptionParam.UserId) and
 * {@code {"Status":0}}, 1403 per sentence with the 903 payload, 1402 with the 902 payload. The 1402/1403 payloads
 * are not verified against the page (they are the group 9 ones); no 1404 (translation) is pushed.</li>
 * </ul>
 * The dialogue starts when the task starts running, at the pace of one API second; sentences after the task's end are
 * not spoken. {@code EventMsTs} is the instant the event happened on the simulator's clock; {@code StartTimeMs} /
 * {@code EndTimeMs} are the sentence's milliseconds from the task's start (speech time; the page's example values
 * 1234/1269 are not epoch times either). Bodies are JSON with tab-indented lines, as in Tencent's signature example,
 * so a receiver that re-serialises before verifying fails. Headers {@code Content-Type: application/json},
 * {@code SdkAppId}, and {@code Sign = Base64(HMAC-SHA256(key, body))} when a key is set. Delivery:
 * {@link CallbackDelivery}.
 */
public final class TrtcCallbackPusher extends CallbackPusher {

    private static final DefaultPrettyPrinter TABS = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("\t", "\n"));

    private final URI url;
    private final String key;
    private final TrtcTaskRegistry registry;
    private final Map<String, Progress> progress = new HashMap<>();

    /** What was already pushed for one task. */
    private static final class Progress {
        final TrtcTaskRegistry.TaskView task;
        boolean started;
        boolean stopped;
        /** Index of the next 904 (start of speech) and of the next 903 (sentence). */
        int nextSpeechStart;
        int nextSentence;
        final Map<Integer, String> roundIds = new HashMap<>();

        Progress(TrtcTaskRegistry.TaskView task) {
            this.task = task;
        }
    }

    public TrtcCallbackPusher(URI url, String key, TrtcTaskRegistry registry, Dialogue dialogue,
                              SimulatorTimings timings, Clock clock, CallbackDelivery delivery) {
        super(dialogue, timings, clock, delivery);
        this.url = url;
        this.key = key == null || key.isEmpty() ? null : key;
        this.registry = registry;
    }

    @Override
    protected void scan() {
        Instant now = clock.instant();
        List<TrtcTaskRegistry.TaskView> tasks = registry.list();
        Set<String> present = new HashSet<>();
        for (TrtcTaskRegistry.TaskView t : tasks) {
            present.add(t.taskId());
            Progress p = progress.computeIfAbsent(t.taskId(), id -> new Progress(t));
            advance(p, t, now);
        }
        for (String gone : new HashSet<>(progress.keySet())) {
            if (!present.contains(gone)) {
                Progress p = progress.remove(gone);
                if (p.started && !p.stopped) {
                    // forgotten (reset, or a stoppedGrace shorter than a scan) before its end was seen
                    push(p.task, stopEvent(p.task), now, leavePayload(TrtcTask.LEAVE_STOP_CALLED));
                }
            }
        }
    }

    private void advance(Progress p, TrtcTaskRegistry.TaskView t, Instant now) {
        Instant end = t.endedAt();
        Instant until = end != null && end.isBefore(now) ? end : now;
        if (!p.started) {
            if (t.runningAt().isAfter(until)) {
                if (end != null && !p.stopped) {
                    p.stopped = true;
                    push(t, stopEvent(t), end, leavePayload(t.leaveCode()));
                }
                return;
            }
            p.started = true;
            ObjectNode payload = Json.object().put("Status", 0);
            push(t, cloud(t) ? 1401 : 901, t.runningAt(), payload);
        }
        List<Dialogue.Line> lines = dialogue.lines();
        while (true) {
            Instant speechStart = p.nextSpeechStart < lines.size()
                    ? at(t, lines.get(p.nextSpeechStart).startMs()) : null;
            Instant sentenceEnd = p.nextSentence < p.nextSpeechStart ? at(t, lines.get(p.nextSentence).endMs()) : null;
            boolean sentenceDue = sentenceEnd != null && !sentenceEnd.isAfter(until)
                    && (end == null || sentenceEnd.isBefore(end));
            boolean speechDue = speechStart != null && !speechStart.isAfter(until)
                    && (end == null || speechStart.isBefore(end));
            if (sentenceDue && (!speechDue || !speechStart.isBefore(sentenceEnd))) {
                Dialogue.Line line = lines.get(p.nextSentence);
                ObjectNode payload = Json.object().put("UserId", line.speaker()).put("Text", line.text())
                        .put("StartTimeMs", line.startMs()).put("EndTimeMs", line.endMs())
                        .put("RoundId", roundId(p, p.nextSentence));
                push(t, cloud(t) ? 1403 : 903, sentenceEnd, payload);
                p.nextSentence++;
            } else if (speechDue) {
                if (!cloud(t)) {
                    Dialogue.Line line = lines.get(p.nextSpeechStart);
                    push(t, 904, speechStart, Json.object().put("UserId", line.speaker())
                            .put("RoundId", roundId(p, p.nextSpeechStart)));
                }
                p.nextSpeechStart++;
            } else {
                break;
            }
        }
        if (end != null && !end.isAfter(now) && !p.stopped) {
            p.stopped = true;
            push(t, stopEvent(t), end, leavePayload(t.leaveCode()));
        }
    }

    private Instant at(TrtcTaskRegistry.TaskView t, long speechMillis) {
        return t.runningAt().plus(timings.speech(speechMillis));
    }

    private static String roundId(Progress p, int line) {
        return p.roundIds.computeIfAbsent(line, i -> UUID.randomUUID().toString());
    }

    private static boolean cloud(TrtcTaskRegistry.TaskView t) {
        return t.family().equals(TrtcTask.Family.CLOUD_TRANSCRIPTION.name());
    }

    private static int stopEvent(TrtcTaskRegistry.TaskView t) {
        return cloud(t) ? 1402 : 902;
    }

    private static ObjectNode leavePayload(int leaveCode) {
        return Json.object().put("LeaveCode", leaveCode);
    }

    private void push(TrtcTaskRegistry.TaskView task, int eventType, Instant happened, ObjectNode payload) {
        ObjectNode body = Json.object();
        body.put("EventGroupId", eventType >= 1400 ? 14 : 9);
        body.put("EventType", eventType);
        body.put("CallbackTs", clock.millis());
        ObjectNode info = body.putObject("EventInfo");
        info.put("EventMsTs", happened.toEpochMilli());
        info.put("TaskId", task.taskId());
        info.put("RoomId", task.roomId());
        info.put("RoomIdType", task.roomIdType());
        if (eventType == 1401 && task.robotUserId() != null) {
            info.put("RobotId", task.robotUserId());
        }
        info.set("Payload", payload);
        byte[] bytes;
        try {
            bytes = Json.MAPPER.writer(TABS).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        delivery.submit(OutgoingCallback.json(task.taskId(), Integer.toString(eventType), url,
                Map.of("SdkAppId", Long.toString(task.sdkAppId())), bytes, key, k -> Map.of("Sign", sign(k, bytes))));
    }

    private static String sign(String key, byte[] body) {
        return Base64.getEncoder().encodeToString(Digests.hmac("HmacSHA256", key.getBytes(StandardCharsets.UTF_8),
                new String(body, StandardCharsets.UTF_8)));
    }
}
