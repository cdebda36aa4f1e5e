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
package dev.camelrtc.examples.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The sample request files demo mode writes: two TRTC rooms and two Alibaba Live streams. Each sets a short idle
 * limit (TRTC MaxIdleTime, Alibaba AutoTerminateDelay) so that the simulator ends the tasks by itself: nobody
 * publishes in the simulated rooms, and one "API second" lasts {@link #API_SECOND_MILLIS} ms in demo mode. The
 * Alibaba requests carry the CallbackURL and AuthKey of the pipeline's alilive-callbacks route, so that the simulator
 * posts its results there.
 */
final class DemoRequests {

    static final long API_SECOND_MILLIS = 300;

    private DemoRequests() {
    }

    /** The sample files by name; the Alibaba ones ask for results at {@code callbackUrl}, signed with {@code authKey}. */
    static Map<String, String> samples(String callbackUrl, String authKey) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("trtc-room-101.json", trtc("demo-room-101", 10));
        files.put("trtc-room-102.json", trtc("demo-room-102", 16));
        files.put("alilive-stream-201.json", alilive("stream-201", 4, callbackUrl, authKey));
        files.put("alilive-stream-202.json", alilive("stream-202", 8, callbackUrl, authKey));
        return files;
    }

    static Set<String> fileNames() {
        return samples("", "").keySet();
    }

    /** Writes the samples into {@code dir} and returns how many. */
    static int write(Path dir, String callbackUrl, String authKey) throws IOException {
        Files.createDirectories(dir);
        Map<String, String> files = samples(callbackUrl, authKey);
        for (Map.Entry<String, String> file : files.entrySet()) {
            // written under another name, then renamed: the file consumer never sees half a request
            Path tmp = Files.writeString(dir.resolve(file.getKey() + ".tmp"), file.getValue());
            Files.move(tmp, dir.resolve(file.getKey()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        return files.size();
    }

    private static String trtc(String room, int maxIdleTime) {
        return """
                {"SdkAppId": 1400000000, "RoomId": "%s", "RoomIdType": 1,
                 "TranscriptionParams": {"UserId": "transcription-bot", "UserSig": "demo-user-sig", "MaxIdleTime": %d}}
                """.formatted(room, maxIdleTime);
    }

    private static String alilive(String stream, int autoTerminateDelay, String callbackUrl, String authKey) {
        return """
                {"Mode": "live", "StreamURL": "rtmp://live.example.com/app/%s", "Language": "cn",
                 "AutoTerminateEnabled": true, "AutoTerminateDelay": %d,
                 "CallbackURL": "%s", "AuthKey": "%s"}
                """.formatted(stream, autoTerminateDelay, callbackUrl, authKey);
    }
}
