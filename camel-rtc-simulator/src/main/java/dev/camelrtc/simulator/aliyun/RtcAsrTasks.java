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

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Json;

/**
 * The RtcAsr tasks and the four actions on them. Tasks belong to the AccessKeyId that created them (one key = one
 * account here): other keys get {@code ConfigNotFound} for them and do not see them in listings.
 * <ul>
 * <li>Create: Mode (live|rtc), Language (ja, yue, fspk, en, cn), CallbackURL required; StreamURL when live; SDKAppID,
 * ChannelID, RtcUserId when rtc. AutoTerminateEnabled=true stops the task AutoTerminateDelay (1-10, default 10)
 * API seconds after it runs.</li>
 * <li>Query with TaskId: that task (any status) or ConfigNotFound; without: every not-stopped task of the key.</li>
 * <li>Stop: stopped (status 2, idempotent); Delete: removed. Unknown TaskId: ConfigNotFound (HTTP 400).</li>
 * </ul>
 */
public final class RtcAsrTasks {

    static final Set<String> MODES = Set.of("live", "rtc");
    static final Set<String> LANGUAGES = Set.of("ja", "yue", "fspk", "en", "cn");
    static final long DEFAULT_AUTO_TERMINATE_DELAY = 10;
    private static final DateTimeFormatter BEIJING_ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(ZoneId.of("Asia/Shanghai"));

    private final Map<String, RtcAsrTask> tasks = new LinkedHashMap<>();
    private final SimulatorTimings timings;
    private final Clock clock;

    public RtcAsrTasks(SimulatorTimings timings, Clock clock) {
        this.timings = timings;
        this.clock = clock;
    }

    /** A snapshot for listings. */
    public record TaskView(String taskId, String owner, int status, String mode, String streamUrl) {
    }

    synchronized ObjectNode create(String owner, Map<String, String> params) {
        String mode = required(params, "Mode");
        if (!MODES.contains(mode)) {
            throw invalid("Mode");
        }
        if (!LANGUAGES.contains(required(params, "Language"))) {
            throw invalid("Language");
        }
        required(params, "CallbackURL");
        if (mode.equals("live")) {
            required(params, "StreamURL");
        } else {
            required(params, "SDKAppID");
            required(params, "ChannelID");
            required(params, "RtcUserId");
        }
        optionalBoolean(params, "TranslateEnabled");
        boolean autoTerminate = optionalBoolean(params, "AutoTerminateEnabled");
        Long delay = optionalLong(params, "AutoTerminateDelay", 1, 10);
        optionalLong(params, "ReportInterval", -1, 500);
        optionalLong(params, "OwnerId", Long.MIN_VALUE, Long.MAX_VALUE);
        Long autoTerminateSeconds = autoTerminate ? (delay == null ? DEFAULT_AUTO_TERMINATE_DELAY : delay) : null;
        RtcAsrTask task = new RtcAsrTask("asr-" + UUID.randomUUID(), owner, params, clock.instant(),
                autoTerminateSeconds);
        tasks.put(task.taskId(), task);
        return success().put("TaskId", task.taskId());
    }

    synchronized ObjectNode query(String owner, String taskId) {
        Instant now = clock.instant();
        ObjectNode out = success();
        ObjectNode listed = out.putObject("Tasks");
        if (taskId != null && !taskId.isEmpty()) {
            RtcAsrTask task = owned(owner, taskId);
            listed.set(task.taskId(), describe(task, now));
        } else {
            for (RtcAsrTask task : tasks.values()) {
                if (task.owner().equals(owner) && task.status(now, timings) != RtcAsrTask.STOPPED) {
                    listed.set(task.taskId(), describe(task, now));
                }
            }
        }
        return out;
    }

    synchronized ObjectNode stop(String owner, String taskId) {
        owned(owner, requireValue("TaskId", taskId)).stop(clock.instant(), timings);
        return success();
    }

    synchronized ObjectNode delete(String owner, String taskId) {
        RtcAsrTask task = owned(owner, requireValue("TaskId", taskId));
        tasks.remove(task.taskId());
        return success();
    }

    public synchronized List<TaskView> list() {
        Instant now = clock.instant();
        List<TaskView> out = new ArrayList<>();
        for (RtcAsrTask t : tasks.values()) {
            out.add(new TaskView(t.taskId(), t.owner(), t.status(now, timings), t.params().get("Mode"),
                    t.params().get("StreamURL")));
        }
        return out;
    }

    /**
     * What the callback pusher needs of one task: where and with which key to post, when it runs and stops (null while
     * it runs). The AuthKey stays out of {@link #toString()}.
     */
    public record CallbackTarget(String taskId, String callbackUrl, String authKey, Instant runningAt,
                                 Instant stoppedAt) {
        @Override
        public String toString() {
            return "CallbackTarget[" + taskId + " to " + callbackUrl + (authKey == null ? "" : ", AuthKey ****") + "]";
        }
    }

    /** Every task (running or stopped, not deleted) as a callback target. */
    public synchronized List<CallbackTarget> callbackTargets() {
        Instant now = clock.instant();
        List<CallbackTarget> out = new ArrayList<>();
        for (RtcAsrTask t : tasks.values()) {
            String authKey = t.params().get("AuthKey");
            out.add(new CallbackTarget(t.taskId(), t.params().get("CallbackURL"),
                    authKey == null || authKey.isEmpty() ? null : authKey, t.runningAt(timings),
                    t.stoppedAt(now, timings)));
        }
        return out;
    }

    public synchronized void reset() {
        tasks.clear();
    }

    private ObjectNode describe(RtcAsrTask task, Instant now) {
        Map<String, String> p = task.params();
        ObjectNode n = Json.object();
        n.put("createdAt", BEIJING_ISO.format(task.createdAt()));
        n.put("updatedAt", BEIJING_ISO.format(task.updatedAt(now, timings)));
        n.put("mode", p.get("Mode"));
        n.put("taskId", task.taskId());
        n.put("language", p.get("Language"));
        n.put("callbackUrl", p.get("CallbackURL"));
        n.put("autoTerminateDelay", "true".equals(p.get("AutoTerminateEnabled"))
                ? p.getOrDefault("AutoTerminateDelay", Long.toString(DEFAULT_AUTO_TERMINATE_DELAY)) : "0");
        n.put("streamUrl", p.getOrDefault("StreamURL", ""));
        n.put("status", task.status(now, timings));
        n.put("reportInterval", p.getOrDefault("ReportInterval", "0"));
        n.put("aliUid", aliUid(task.owner()));
        n.put("tag", "");
        return n;
    }

    private RtcAsrTask owned(String owner, String taskId) {
        RtcAsrTask task = tasks.get(taskId);
        if (task == null || !task.owner().equals(owner)) {
            throw new ApiError("ConfigNotFound", "The task " + taskId + " does not exist, please check and try again"
                    + " later.", 400);
        }
        return task;
    }

    /** A stable 16-digit account id derived from the AccessKeyId. */
    static String aliUid(String accessKeyId) {
        long h = 1_000_000_000_000_000L + Math.floorMod(accessKeyId.hashCode() * 2_654_435_761L, 8_999_999_999_999_999L);
        return Long.toString(h);
    }

    private static ObjectNode success() {
        return Json.object().put("Description", "success").put("RetCode", 2000);
    }

    static String required(Map<String, String> params, String name) {
        return requireValue(name, params.get(name));
    }

    static String requireValue(String name, String value) {
        if (value == null || value.isEmpty()) {
            throw requireValueError(name);
        }
        return value;
    }

    static ApiError requireValueError(String name) {
        return new ApiError("MissingParameter", "The input parameter \"" + name
                + "\" that is mandatory for processing this request is not supplied.", 400);
    }

    static ApiError invalid(String name) {
        return new ApiError("InvalidParameter", "The specified value of parameter \"" + name + "\" is not valid.", 400);
    }

    private static boolean optionalBoolean(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(name);
        }
        return value.equals("true");
    }

    private static Long optionalLong(Map<String, String> params, String name, long min, long max) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            long v = Long.parseLong(value);
            if (v < min || v > max) {
                throw invalid(name);
            }
            return v;
        } catch (NumberFormatException e) {
            throw invalid(name);
        }
    }
}
