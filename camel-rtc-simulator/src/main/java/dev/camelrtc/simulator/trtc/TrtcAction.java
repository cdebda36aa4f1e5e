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

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The TRTC (2019-07-22) actions the simulator serves, with their per-account QPS limits and the regions their API pages
 * accept (union of the CN and international documentation, reference/tencent-trtc.md §3; for usage, voiceprints and
 * speech synthesis see docs/trtc-component.adoc).
 * This is the one table of TRTC limits; {@code RtcSimulator.Builder#qpsLimit} overrides single entries.
 */
public enum TrtcAction {
    StartAITranscription(50, Regions.AI_TRANSCRIPTION),
    StopAITranscription(20, Regions.AI_TRANSCRIPTION),
    DescribeAITranscription(20, Regions.AI_TRANSCRIPTION),
    StartAIConversation(50, Regions.AI_CONVERSATION),
    StopAIConversation(20, Regions.AI_CONVERSATION),
    DescribeAIConversation(20, Regions.AI_CONVERSATION),
    UpdateAIConversation(20, Regions.AI_CONVERSATION),
    ControlAIConversation(50, Regions.AI_CONVERSATION),
    CreateCloudTranscription(20, Regions.CLOUD_TRANSCRIPTION),
    DeleteCloudTranscription(20, Regions.CLOUD_TRANSCRIPTION),
    DescribeCloudTranscription(20, Regions.CLOUD_TRANSCRIPTION),
    DescribeTRTCAIRecognitionUsage(20, Regions.USAGE),
    RegisterVoicePrint(5, Regions.VOICE_PRINT),
    DescribeVoicePrint(5, Regions.VOICE_PRINT),
    UpdateVoicePrint(5, Regions.VOICE_PRINT),
    DeleteVoicePrint(5, Regions.VOICE_PRINT),
    TextToSpeech(20, Regions.SPEECH),
    VoiceClone(5, Regions.SPEECH),
    AsyncTextToSpeech(20, Regions.SPEECH),
    DescribeAsyncTextToSpeech(20, Regions.SPEECH);

    /** The API version every action requires in X-TC-Version. */
    public static final String VERSION = "2019-07-22";

    private final int qps;
    private final Set<String> regions;

    TrtcAction(int qps, Set<String> regions) {
        this.qps = qps;
        this.regions = regions;
    }

    /** Documented requests per second per account. */
    public int qps() {
        return qps;
    }

    public Set<String> regions() {
        return regions;
    }

    /** The action of that exact name, or null. */
    public static TrtcAction find(String name) {
        return name == null ? null : ByName.ACTIONS.get(name);
    }

    /** The actions by name, made once ({@code values()} copies its array on every call). */
    private static final class ByName {
        static final Map<String, TrtcAction> ACTIONS = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(TrtcAction::name, a -> a));
    }

    private static final class Regions {
        static final Set<String> AI_TRANSCRIPTION = Set.of("ap-guangzhou", "ap-singapore", "ap-tokyo",
                "na-siliconvalley");
        static final Set<String> AI_CONVERSATION = Set.of("ap-beijing", "ap-guangzhou", "ap-shanghai",
                "ap-singapore", "ap-tokyo", "na-ashburn", "na-siliconvalley");
        static final Set<String> CLOUD_TRANSCRIPTION = Set.of("ap-beijing", "ap-guangzhou", "ap-hongkong",
                "ap-shanghai", "ap-singapore");
        /** Inferred from the other usage queries (DescribeTrtcUsage, DescribeTRTCSegmentModerationUsage). */
        static final Set<String> USAGE = Set.of("ap-guangzhou");
        static final Set<String> VOICE_PRINT = Set.of("ap-beijing", "ap-guangzhou", "ap-shanghai");
        static final Set<String> SPEECH = Set.of("ap-beijing", "ap-guangzhou", "ap-shanghai", "ap-singapore");
    }
}
