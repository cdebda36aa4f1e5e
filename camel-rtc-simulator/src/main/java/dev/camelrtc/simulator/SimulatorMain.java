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

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code java -jar camel-rtc-simulator.jar [--port N] [--tencent-key ID:KEY]... [--aliyun-key ID:SECRET]...
 * [--callback-url URL [--callback-key KEY]] [--aliyun-callbacks]
 * [--script FILE]}.
 * Prints {@code listening on http://127.0.0.1:PORT} as the first line of standard output, then serves until killed.
 */
public final class SimulatorMain {

    static final String USAGE = String.join("\n",
            "Usage: java -jar camel-rtc-simulator.jar [options]",
            "Serves the Tencent Cloud TRTC AI APIs and the Alibaba Cloud Live RtcAsr APIs on 127.0.0.1.",
            "  --port N                 TCP port (default 0 = a free port)",
            "  --tencent-key ID:KEY     accept this TRTC SecretId/SecretKey (repeatable)",
            "  --aliyun-key ID:SECRET   accept this Alibaba AccessKeyId/AccessKeySecret (repeatable)",
            "  --callback-url URL       push TRTC AI-service callbacks to URL: 901 task started, 904/903 start and",
            "                           text of every sentence of the dialogue, 902 task stopped with its LeaveCode",
            "                           (cloud transcription: 1401/1403/1402)",
            "  --callback-key KEY       sign them: header Sign = Base64(HMAC-SHA256(KEY, body))",
            "  --aliyun-callbacks       post Alibaba RtcAsr sentences to each task's CallbackURL, signed with its",
            "                           AuthKey (SIG-TIME / ASR-SIG)",
            "  --script FILE            what the simulated speakers say: 'speaker: text' per line, '#' comments",
            "                           (default: a built-in dialogue of three speakers)",
            "  --no-demo-keys           do not accept the built-in demo credentials",
            "  --no-qps-limits          do not answer throttling errors",
            "  --help                   this text",
            "Demo credentials (accepted unless --no-demo-keys):",
            "  TRTC    " + RtcSimulator.DEMO_TENCENT_SECRET_ID + " / " + RtcSimulator.DEMO_TENCENT_SECRET_KEY,
            "  Alibaba " + RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_ID + " / " + RtcSimulator.DEMO_ALIYUN_ACCESS_KEY_SECRET,
            "Delivery: 5 s timeout, one immediate retry, then every 10 s until the event is a minute old.",
            "Admin: GET /_sim/health, GET /_sim/tasks, POST|DELETE /_sim/faults, POST /_sim/reset,",
            "       POST|GET|DELETE /_sim/callback-faults, GET /_sim/callbacks, DELETE /_sim/rooms/{sdkAppId}/{roomId}");

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        // the runnable jar bundles slf4j-simple for Jetty's logging: warnings only, unless asked otherwise
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        RtcSimulator simulator;
        try {
            RtcSimulator.Builder builder = parse(args, System.out);
            if (builder == null) {
                return;
            }
            simulator = builder.build().start();
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        RtcSimulator running = simulator;
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "rtc-simulator-shutdown"));
        System.out.println("listening on " + running.baseUrl());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Parses the command line into a builder; null when only help was asked for (printed to {@code out}). */
    static RtcSimulator.Builder parse(String[] args, PrintStream out) {
        RtcSimulator.Builder builder = RtcSimulator.builder();
        String callbackUrl = null;
        String callbackKey = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return null;
                }
                case "--port" -> builder.port(parsePort(value(args, ++i, arg)));
                case "--tencent-key" -> {
                    String[] kv = pair(value(args, ++i, arg), arg);
                    builder.tencentKey(kv[0], kv[1]);
                }
                case "--aliyun-key" -> {
                    String[] kv = pair(value(args, ++i, arg), arg);
                    builder.aliyunKey(kv[0], kv[1]);
                }
                case "--callback-url" -> callbackUrl = value(args, ++i, arg);
                case "--callback-key" -> callbackKey = value(args, ++i, arg);
                case "--aliyun-callbacks" -> builder.aliyunCallbacks(true);
                case "--script" -> builder.script(Path.of(value(args, ++i, arg)));
                case "--no-demo-keys" -> builder.demoKeys(false);
                case "--no-qps-limits" -> builder.enforceQps(false);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (callbackKey != null && callbackUrl == null) {
            throw new IllegalArgumentException("--callback-key needs --callback-url");
        }
        if (callbackUrl != null) {
            builder.callbackUrl(callbackUrl, callbackKey);
        }
        return builder;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, got " + s);
        }
    }

    private static String[] pair(String s, String option) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException(option + " needs ID:SECRET");
        }
        return new String[] {s.substring(0, colon), s.substring(colon + 1)};
    }
}
