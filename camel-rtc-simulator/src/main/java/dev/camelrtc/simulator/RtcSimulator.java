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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.aliyun.AliyunApi;
import dev.camelrtc.simulator.aliyun.RtcAsrCallbackPusher;
import dev.camelrtc.simulator.aliyun.RtcAsrTasks;
import dev.camelrtc.simulator.callback.CallbackDelivery;
import dev.camelrtc.simulator.http.Json;
import dev.camelrtc.simulator.trtc.TrtcApi;
import dev.camelrtc.simulator.trtc.TrtcCallbackPusher;
import dev.camelrtc.simulator.trtc.TrtcTaskRegistry;

/**
 * A local simulator of the Tencent Cloud TRTC AI APIs and the Alibaba Cloud Live RtcAsr APIs over real HTTP.
 *
 * <pre>{@code
 * try (RtcSimulator sim = RtcSimulator.builder().timings(SimulatorTimings.fast()).build().start()) {
 *     String endpoint = sim.baseUrl();   // http://127.0.0.1:PORT
 *     sim.faults().inject("StartAITranscription", Fault.httpStatus(502), 1);
 * }
 * }</pre>
 * With no keys configured the demo credentials ({@link #DEMO_TENCENT_SECRET_ID} …) are accepted; they are accepted in
 * addition to configured keys unless {@link Builder#demoKeys(boolean) demoKeys(false)}.
 */
public final class RtcSimulator implements AutoCloseable {

    public static final String DEMO_TENCENT_SECRET_ID = "AKIDsimulatordemo0000000000000000000";
    public static final String DEMO_TENCENT_SECRET_KEY = "simulatorDemoSecretKey0000000000";
    public static final String DEMO_ALIYUN_ACCESS_KEY_ID = "LTAIsimulatordemo0000000";
    public static final String DEMO_ALIYUN_ACCESS_KEY_SECRET = "simulatorDemoAccessKeySecret0000";

    private final SimulatorCredentials credentials;
    private final SimulatorTimings timings;
    private final Clock clock;
    private final FaultInjector faults = new FaultInjector();
    private final QpsLimiter qpsLimiter;
    private final TrtcTaskRegistry trtcTasks;
    private final RtcAsrTasks rtcAsrTasks;
    private final TrtcApi trtc;
    private final AliyunApi aliyun;
    private final SimulatorHttpServer server;
    private final CallbackDelivery callbacks;
    private final TrtcCallbackPusher trtcCallbacks;
    private final RtcAsrCallbackPusher aliyunCallbacks;
    private final Dialogue dialogue;

    private RtcSimulator(Builder b) {
        this.dialogue = b.dialogue;
        this.credentials = new SimulatorCredentials();
        if (b.demoKeys) {
            credentials.addTencent(DEMO_TENCENT_SECRET_ID, DEMO_TENCENT_SECRET_KEY);
            credentials.addAliyun(DEMO_ALIYUN_ACCESS_KEY_ID, DEMO_ALIYUN_ACCESS_KEY_SECRET);
        }
        b.tencentKeys.forEach(credentials::addTencent);
        b.aliyunKeys.forEach(credentials::addAliyun);
        this.timings = b.timings;
        this.clock = b.clock;
        this.qpsLimiter = new QpsLimiter(b.enforceQps);
        Map<String, Integer> qpsOverrides = Map.copyOf(b.qpsOverrides);
        this.trtcTasks = new TrtcTaskRegistry(timings, clock);
        this.trtc = new TrtcApi(credentials::tencentSecretKey, clock, trtcTasks, qpsLimiter,
                a -> qpsOverrides.getOrDefault(a.name(), a.qps()));
        this.rtcAsrTasks = new RtcAsrTasks(timings, clock);
        this.aliyun = new AliyunApi(credentials::aliyunSecret, clock, rtcAsrTasks, qpsLimiter,
                action -> qpsOverrides.getOrDefault(action, AliyunApi.DEFAULT_QPS));
        this.server = new SimulatorHttpServer(b.port, faults, trtc, aliyun, new AdminApi(this));
        this.callbacks = new CallbackDelivery(timings);
        this.trtcCallbacks = b.callbackUrl == null ? null
                : new TrtcCallbackPusher(b.callbackUrl, b.callbackKey, trtcTasks, dialogue, timings, clock, callbacks);
        this.aliyunCallbacks = b.aliyunCallbacks
                ? new RtcAsrCallbackPusher(rtcAsrTasks, dialogue, timings, clock, callbacks) : null;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds 127.0.0.1 and starts serving; returns this. */
    public RtcSimulator start() {
        try {
            server.start();
            if (trtcCallbacks != null) {
                trtcCallbacks.start();
            }
            if (aliyunCallbacks != null) {
                aliyunCallbacks.start();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the simulator", e);
        }
        return this;
    }

    /** The bound port (after {@link #start()}). */
    public int port() {
        return server.port();
    }

    SimulatorHttpServer httpServer() {
        return server;
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public FaultInjector faults() {
        return faults;
    }

    /** The pushed callbacks: their fault switches ({@code callbacks().faults()}) and delivery counts. */
    public CallbackDelivery callbacks() {
        return callbacks;
    }

    public SimulatorTimings timings() {
        return timings;
    }

    /** What the simulated speakers say: the script given to the builder, else {@link Dialogue#sample()}. */
    public Dialogue dialogue() {
        return dialogue;
    }

    /**
     * Forgets every task of both vendors (and TRTC voiceprints and speech synthesis tasks), pending faults (callback
     * faults too), QPS windows, used nonces and room occupancy.
     */
    public void reset() {
        trtcTasks.reset();
        trtc.reset();
        rtcAsrTasks.reset();
        faults.clear();
        callbacks.faults().clear();
        qpsLimiter.reset();
        aliyun.resetNonces();
    }

    /** Calls of either vendor answered with a throttling error (a QPS limit) since the start or the last reset. */
    public long throttledCalls() {
        return qpsLimiter.refused();
    }

    /** The TRTC tasks (for assertions and the admin path). */
    public TrtcTaskRegistry trtcTasks() {
        return trtcTasks;
    }

    /** The Alibaba RtcAsr tasks (for assertions and the admin path). */
    public RtcAsrTasks rtcAsrTasks() {
        return rtcAsrTasks;
    }

    /** Every task of both vendors as the admin path {@code GET /_sim/tasks} lists them. */
    public ArrayNode tasksAsJson() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (TrtcTaskRegistry.TaskView t : trtcTasks.list()) {
            ObjectNode n = out.addObject();
            n.put("vendor", "tencent").put("family", t.family()).put("id", t.taskId()).put("status", t.status())
                    .put("sdkAppId", t.sdkAppId()).put("roomId", t.roomId());
            if (t.sessionId() != null) {
                n.put("sessionId", t.sessionId());
            }
        }
        out.addAll(trtc.speechTasksAsJson());
        for (RtcAsrTasks.TaskView t : rtcAsrTasks.list()) {
            out.addObject().put("vendor", "aliyun").put("family", "RTC_ASR").put("id", t.taskId())
                    .put("status", t.status()).put("mode", t.mode()).put("accessKeyId", t.owner());
        }
        return out;
    }

    @Override
    public void close() {
        callbacks.close();
        server.stop();
    }

    /** Configures a simulator; every setting is optional. */
    public static final class Builder {
        private int port;
        private final Map<String, String> tencentKeys = new LinkedHashMap<>();
        private final Map<String, String> aliyunKeys = new LinkedHashMap<>();
        private final Map<String, Integer> qpsOverrides = new HashMap<>();
        private SimulatorTimings timings = SimulatorTimings.defaults();
        private boolean enforceQps = true;
        private boolean demoKeys = true;
        private Clock clock = Clock.systemUTC();
        private URI callbackUrl;
        private String callbackKey;
        private Dialogue dialogue = Dialogue.sample();
        private boolean aliyunCallbacks;

        private Builder() {
        }

        /** TCP port on 127.0.0.1; 0 (default) picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Accepts this Tencent SecretId/SecretKey pair (repeatable). */
        public Builder tencentKey(String secretId, String secretKey) {
            tencentKeys.put(Objects.requireNonNull(secretId, "secretId"), Objects.requireNonNull(secretKey, "secretKey"));
            return this;
        }

        /** Accepts this Alibaba AccessKeyId/AccessKeySecret pair (repeatable). */
        public Builder aliyunKey(String accessKeyId, String accessKeySecret) {
            aliyunKeys.put(Objects.requireNonNull(accessKeyId, "accessKeyId"),
                    Objects.requireNonNull(accessKeySecret, "accessKeySecret"));
            return this;
        }

        /** Whether the demo credentials are accepted (default true). */
        public Builder demoKeys(boolean enabled) {
            this.demoKeys = enabled;
            return this;
        }

        public Builder timings(SimulatorTimings timings) {
            this.timings = Objects.requireNonNull(timings, "timings");
            return this;
        }

        /** Whether the per-action QPS limits answer throttling errors (default true). */
        public Builder enforceQps(boolean enforce) {
            this.enforceQps = enforce;
            return this;
        }

        /** Overrides the QPS limit of one action (TRTC or Alibaba action name). */
        public Builder qpsLimit(String action, int perSecond) {
            if (perSecond < 1) {
                throw new IllegalArgumentException("perSecond must be at least 1");
            }
            qpsOverrides.put(Objects.requireNonNull(action, "action"), perSecond);
            return this;
        }

        /** Clock for task states and timestamp checks (default system UTC). QPS windows always use real time. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Pushes TRTC AI-service callbacks (task started, start of speech and sentence per line of the dialogue, task
         * stopped) to {@code url}, signed with {@code key} in the {@code Sign} header (null key = no Sign header). See
         * {@link TrtcCallbackPusher}.
         */
        public Builder callbackUrl(String url, String key) {
            URI uri = URI.create(Objects.requireNonNull(url, "url"));
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("callback URL must be http or https: " + url);
            }
            this.callbackUrl = uri;
            this.callbackKey = key;
            return this;
        }

        /**
         * Whether Alibaba RtcAsr tasks post their sentences to their {@code CallbackURL} (default false: tests and
         * examples create tasks with callback URLs that nothing serves). See {@link RtcAsrCallbackPusher}.
         */
        public Builder aliyunCallbacks(boolean enabled) {
            this.aliyunCallbacks = enabled;
            return this;
        }

        /** What the simulated speakers say (default {@link Dialogue#sample()}). */
        public Builder dialogue(Dialogue dialogue) {
            this.dialogue = Objects.requireNonNull(dialogue, "dialogue");
            return this;
        }

        /** Reads the dialogue from a script file (format: {@link Dialogue}); replaces the built-in dialogue. */
        public Builder script(Path script) {
            return dialogue(Dialogue.read(script));
        }

        public RtcSimulator build() {
            return new RtcSimulator(this);
        }
    }
}
