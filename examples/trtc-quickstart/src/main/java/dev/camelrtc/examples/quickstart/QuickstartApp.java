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
package dev.camelrtc.examples.quickstart;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.camel.main.Main;

import dev.camelrtc.simulator.RtcSimulator;
import dev.camelrtc.trtc.TrtcComponent;
import dev.camelrtc.trtc.TrtcConfiguration;

/**
 * Runs {@link QuickstartRoute} once with Camel Main: start an AI transcription task, follow it until it is
 * InProgress, stop it. Uses the embedded simulator unless TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are set,
 * in which case it calls Tencent Cloud with the room described by the TRTC_* variables (see the README).
 */
public final class QuickstartApp {

    private QuickstartApp() {
    }

    public static void main(String[] args) throws Exception {
        int exitCode = run();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    static int run() throws Exception {
        boolean realCloud = System.getenv(TrtcConfiguration.ENV_SECRET_ID) != null
                && System.getenv(TrtcConfiguration.ENV_SECRET_KEY) != null;
        RtcSimulator simulator = null;
        TrtcComponent trtc = new TrtcComponent();
        TrtcConfiguration configuration = trtc.getConfiguration();
        QuickstartRoute.Room room;
        if (realCloud) {
            configuration.setRegion(env("TRTC_REGION", "ap-guangzhou"));
            configuration.setEndpoint(env("TRTC_ENDPOINT", TrtcConfiguration.DEFAULT_ENDPOINT));
            room = new QuickstartRoute.Room(Long.parseLong(required("TRTC_SDK_APP_ID")), required("TRTC_ROOM_ID"),
                    required("TRTC_BOT_USER_ID"), required("TRTC_BOT_USER_SIG"));
            System.out.println("Using Tencent Cloud at " + configuration.getEndpoint() + " (" + configuration.getRegion()
                    + ")");
        } else {
            simulator = RtcSimulator.builder().port(0).build().start();
            configuration.setSecretId(RtcSimulator.DEMO_TENCENT_SECRET_ID);
            configuration.setSecretKey(RtcSimulator.DEMO_TENCENT_SECRET_KEY);
            configuration.setRegion("ap-guangzhou");
            configuration.setEndpoint(simulator.baseUrl());
            room = new QuickstartRoute.Room(1400000000L, "quickstart-room", "transcription-bot", "demo-user-sig");
            System.out.println("No TENCENTCLOUD_SECRET_ID/TENCENTCLOUD_SECRET_KEY: using the embedded simulator at "
                    + simulator.baseUrl());
        }

        CountDownLatch finished = new CountDownLatch(1);
        QuickstartRoute route = new QuickstartRoute(room, finished);
        Main main = new Main();
        main.bind("trtc", trtc);
        main.configure().addRoutesBuilder(route);
        try {
            main.start();
            if (!finished.await(120, TimeUnit.SECONDS)) {
                System.out.println("FAILED: the quickstart did not finish within 120 s");
                return 1;
            }
            return route.failure() == null ? 0 : 1;
        } finally {
            main.stop();
            if (simulator != null) {
                simulator.close();
            }
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + name + " to call Tencent Cloud (see README)");
        }
        return value;
    }
}
