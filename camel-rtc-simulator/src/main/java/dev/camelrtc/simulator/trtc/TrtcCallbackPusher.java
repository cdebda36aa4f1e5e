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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.http.Digests;
import dev.camelrtc.simulator.http.Json;

/**
 * Pushes TRTC AI-service server callbacks (reference/tencent-callbacks.md) for task starts and stops. Every 25 ms it
 * compares the tasks with what it already reported: a task reaching {@code InProgress} gives "task started" (AI
 * services: EventGroupId 9 / EventType 901, Payload {@code {"Status":0}}; cloud transcription: 14 / 1401), a task
 * reaching {@code Stopped}/{@code Exited} or disappearing gives "task stopped" (902 / 1402, Payload {@code {}} — its
 * shape is undocumented). POST, {@code Content-Type: application/json}, headers {@code SdkAppId} and
 * {@code Sign = Base64(HMAC-SHA256(key, body))} (only when a key is set). A failed delivery (no HTTP 200 within 5 s) is
 * retried once immediately, then dropped (the cloud keeps retrying every 10 s for a minute; not simulated).
 * No ASR-sentence events (903/904/1403) are pushed.
 */
public final class TrtcCallbackPusher implements AutoCloseable {

    private static final Duration SCAN_INTERVAL = Duration.ofMillis(25);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final byte[] key;
    private final TrtcTaskRegistry registry;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Set<String> startReported = new HashSet<>();
    private final Set<String> stopReported = new HashSet<>();
    private final Map<String, TrtcTaskRegistry.TaskView> known = new HashMap<>();
    private ScheduledExecutorService scheduler;

    public TrtcCallbackPusher(URI url, String key, TrtcTaskRegistry registry, Clock clock) {
        this.url = url;
        this.key = key == null || key.isEmpty() ? null : key.getBytes(StandardCharsets.UTF_8);
        this.registry = registry;
        this.clock = clock;
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "rtc-simulator-callbacks");
                t.setDaemon(true);
                return t;
            });
            scheduler.scheduleWithFixedDelay(this::scanSafely, 0, SCAN_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    private void scanSafely() {
        try {
            scan();
        } catch (RuntimeException e) {
            // keep scanning: one bad delivery must not stop the pusher
        }
    }

    void scan() {
        List<TrtcTaskRegistry.TaskView> tasks = registry.list();
        Set<String> present = new HashSet<>();
        for (TrtcTaskRegistry.TaskView t : tasks) {
            present.add(t.taskId());
            known.put(t.taskId(), t);
            boolean ended = t.status().equals("Stopped") || t.status().equals("Exited");
            if ((ended || t.status().equals("InProgress")) && startReported.add(t.taskId())) {
                push(t, true);
            }
            if (ended && stopReported.add(t.taskId())) {
                push(t, false);
            }
        }
        for (String gone : new HashSet<>(known.keySet())) {
            if (!present.contains(gone)) {
                TrtcTaskRegistry.TaskView t = known.remove(gone);
                if (startReported.remove(gone) && !stopReported.remove(gone)) {
                    push(t, false);
                }
                stopReported.remove(gone);
            }
        }
    }

    private void push(TrtcTaskRegistry.TaskView task, boolean started) {
        boolean cloud = task.family().equals(TrtcTask.Family.CLOUD_TRANSCRIPTION.name());
        long now = clock.millis();
        ObjectNode body = Json.object();
        body.put("EventGroupId", cloud ? 14 : 9);
        body.put("EventType", cloud ? (started ? 1401 : 1402) : (started ? 901 : 902));
        body.put("CallbackTs", now);
        ObjectNode info = body.putObject("EventInfo");
        info.put("EventMsTs", now);
        info.put("TaskId", task.taskId());
        info.put("RoomId", task.roomId());
        info.put("RoomIdType", task.roomIdType());
        ObjectNode payload = info.putObject("Payload");
        if (started) {
            payload.put("Status", 0);
        }
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("SdkAppId", Long.toString(task.sdkAppId()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (key != null) {
            request.header("Sign", Base64.getEncoder().encodeToString(Digests.hmac("HmacSHA256", key,
                    new String(bytes, StandardCharsets.UTF_8))));
        }
        HttpRequest built = request.build();
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                if (http.send(built, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // retry once
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
