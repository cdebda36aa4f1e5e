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
package dev.camelrtc.trtc.model;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.annotations.SerializedName;
import com.tencentcloudapi.common.AbstractModel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrtcModelJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SDK = "com.tencentcloudapi.trtc.v20190722.models.";

    private static final List<Class<?>> MODELS = List.of(
            StartAITranscriptionRequest.class, StartAITranscriptionResponse.class,
            StopAITranscriptionRequest.class, StopAITranscriptionResponse.class,
            DescribeAITranscriptionRequest.class, DescribeAITranscriptionResponse.class,
            StartAIConversationRequest.class, StartAIConversationResponse.class,
            StopAIConversationRequest.class, StopAIConversationResponse.class,
            DescribeAIConversationRequest.class, DescribeAIConversationResponse.class,
            UpdateAIConversationRequest.class, UpdateAIConversationResponse.class,
            ControlAIConversationRequest.class, ControlAIConversationResponse.class,
            CreateCloudTranscriptionRequest.class, CreateCloudTranscriptionResponse.class,
            DeleteCloudTranscriptionRequest.class, DeleteCloudTranscriptionResponse.class,
            DescribeCloudTranscriptionRequest.class, DescribeCloudTranscriptionResponse.class,
            TranscriptionParams.class, RecognizeConfig.class, TranslationConfig.class, TTSConfig.class,
            Terminology.class, VoicePrint.class, TurnDetection.class, AgentConfig.class, AmbientSound.class,
            STTConfig.class, ServerPushText.class, InvokeLLM.class, TranscriptionParam.class,
            TranscriptionUserInfoParams.class, AsrParam.class, TranslationParam.class,
            RegisterVoicePrintRequest.class, RegisterVoicePrintResponse.class,
            DescribeVoicePrintRequest.class, DescribeVoicePrintResponse.class, VoicePrintInfo.class,
            UpdateVoicePrintRequest.class, UpdateVoicePrintResponse.class,
            DeleteVoicePrintRequest.class, DeleteVoicePrintResponse.class,
            TextToSpeechRequest.class, TextToSpeechResponse.class, Voice.class, AudioFormat.class,
            VoiceCloneRequest.class, VoiceCloneResponse.class);

    private static final Map<String, Set<String>> NEWER_THAN_SDK = Map.of(
            "AsrParam", Set.of("FilterDirty", "FilterModal", "FilterPunc"),
            "ControlAIConversationRequest", Set.of("TransparentData"),
            "TextToSpeechRequest", Set.of("PronunciationDict", "AlignmentMode", "ExtraParams"),
            "TextToSpeechResponse", Set.of("Alignments", "TotalDurationMs"),
            "VoiceCloneRequest", Set.of("ExtraParams"),
            "Voice", Set.of("Emotion"));

    /**
     * Models of actions and types the test SDK (3.1.1436, the newest in this build's repository) lacks, with their
     * fields as the official SDK 3.2.11 declares them (TencentCloud/tencentcloud-sdk-java 970d68b,
     * trtc/v20190722/models/).
     */
    private static final Map<Class<?>, Map<String, String>> NOT_IN_TEST_SDK = Map.of(
            DescribeTRTCAIRecognitionUsageRequest.class, Map.of("StartTime", "String", "EndTime", "String",
                    "AuType", "List<String>", "SdkAppId", "String"),
            DescribeTRTCAIRecognitionUsageResponse.class, Map.of("UsageKey", "List<String>",
                    "UsageList", "List<UsageList>", "TotalUsage", "List<Float>", "RequestId", "String"),
            UsageList.class, Map.of("TimeKey", "String", "UsageValue", "List<Float>"),
            AsyncTextToSpeechRequest.class, Map.of("Text", "String", "Voice", "Voice", "SdkAppId", "Long",
                    "AudioFormat", "AudioFormat", "Model", "String", "PronunciationDict", "List<PronunciationDict>",
                    "AlignmentMode", "Long", "LanguageCode", "String"),
            AsyncTextToSpeechResponse.class, Map.of("TaskId", "String", "RequestId", "String"),
            DescribeAsyncTextToSpeechRequest.class, Map.of("TaskId", "String"),
            DescribeAsyncTextToSpeechResponse.class, Map.of("Status", "String", "AudioDownloadUrl", "String",
                    "SubtitleDownloadUrl", "String", "TotalDurationMs", "Long", "RequestId", "String"),
            PronunciationDict.class, Map.of("Word", "String", "Pronunciation", "String"),
            AlignmentItem.class, Map.of("Text", "String", "TimeBeginMs", "Long", "TimeEndMs", "Long",
                    "TextBegin", "Long", "TextEnd", "Long", "Words", "List<WordItem>"),
            WordItem.class, Map.of("Word", "String", "TimeBeginMs", "Long", "TimeEndMs", "Long", "WordBegin", "Long",
                    "WordEnd", "Long"));

    private static JsonNode ours(Object model) throws Exception {
        return MAPPER.readTree(MAPPER.writeValueAsString(model));
    }

    private static JsonNode sdk(AbstractModel model) throws Exception {
        return MAPPER.readTree(AbstractModel.toJsonString(model));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.properties().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    @Test
    @SuppressWarnings("deprecation")
    void startAITranscriptionRequestMatchesSdk() throws Exception {
        StartAITranscriptionRequest req = new StartAITranscriptionRequest()
                .withSdkAppId(1400000000L).withRoomId("r1").withSessionId("s-1").withRoomIdType(1L)
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("sig")
                        .withImAdminUserId("admin").withImAdminUserSig("adminSig").withMaxIdleTime(60L)
                        .withTranscriptionMode(1L).withTargetUserId("u1").withTargetUserIdList(List.of("u1", "u2"))
                        .withVoicePrint(new VoicePrint().withMode(1L).withIdList(List.of("vp-1")))
                        .withTurnDetection(new TurnDetection().withSemanticEagerness("high")))
                .withRecognizeConfig(new RecognizeConfig().withLanguage("zh").withAlternativeLanguage(List.of("en"))
                        .withHotWordList("camel|10").withVadSilenceTime(800L).withVadLevel(2L))
                .withTranslationConfig(new TranslationConfig().withTargetLanguages(List.of("en", "ja")).withMode(2L)
                        .withTtsConfig(new TTSConfig().withVoiceId("v-1").withModel("flow_01_turbo").withSpeed(1.0f).withVolume(1.5f))
                        .withTerminology(List.of(new Terminology().withSource("骆驼").withTarget("Camel"))));

        JsonNode json = ours(req);
        assertThat(keys(json)).containsExactlyInAnyOrder("SdkAppId", "RoomId", "SessionId", "RoomIdType",
                "TranscriptionParams", "RecognizeConfig", "TranslationConfig");
        assertThat(keys(json.get("TranscriptionParams"))).containsExactlyInAnyOrder("UserId", "UserSig",
                "IMAdminUserId", "IMAdminUserSig", "MaxIdleTime", "TranscriptionMode", "TargetUserId",
                "TargetUserIdList", "VoicePrint", "TurnDetection");
        assertThat(keys(json.get("RecognizeConfig"))).containsExactlyInAnyOrder("Language", "AlternativeLanguage",
                "HotWordList", "VadSilenceTime", "VadLevel");
        assertThat(keys(json.get("TranslationConfig"))).containsExactlyInAnyOrder("TargetLanguages", "Mode",
                "TTSConfig", "Terminology");
        assertThat(keys(json.get("TranslationConfig").get("TTSConfig"))).containsExactlyInAnyOrder("VoiceId",
                "Model", "Speed", "Volume");

        var s = new com.tencentcloudapi.trtc.v20190722.models.StartAITranscriptionRequest();
        s.setSdkAppId(1400000000L);
        s.setRoomId("r1");
        s.setSessionId("s-1");
        s.setRoomIdType(1L);
        var tp = new com.tencentcloudapi.trtc.v20190722.models.TranscriptionParams();
        tp.setUserId("bot");
        tp.setUserSig("sig");
        tp.setIMAdminUserId("admin");
        tp.setIMAdminUserSig("adminSig");
        tp.setMaxIdleTime(60L);
        tp.setTranscriptionMode(1L);
        tp.setTargetUserId("u1");
        tp.setTargetUserIdList(new String[] {"u1", "u2"});
        var vp = new com.tencentcloudapi.trtc.v20190722.models.VoicePrint();
        vp.setMode(1L);
        vp.setIdList(new String[] {"vp-1"});
        tp.setVoicePrint(vp);
        var td = new com.tencentcloudapi.trtc.v20190722.models.TurnDetection();
        td.setSemanticEagerness("high");
        tp.setTurnDetection(td);
        s.setTranscriptionParams(tp);
        var rc = new com.tencentcloudapi.trtc.v20190722.models.RecognizeConfig();
        rc.setLanguage("zh");
        rc.setAlternativeLanguage(new String[] {"en"});
        rc.setHotWordList("camel|10");
        rc.setVadSilenceTime(800L);
        rc.setVadLevel(2L);
        s.setRecognizeConfig(rc);
        var tc = new com.tencentcloudapi.trtc.v20190722.models.TranslationConfig();
        tc.setTargetLanguages(new String[] {"en", "ja"});
        tc.setMode(2L);
        var tts = new com.tencentcloudapi.trtc.v20190722.models.TTSConfig();
        tts.setVoiceId("v-1");
        tts.setModel("flow_01_turbo");
        tts.setSpeed(1.0f);
        tts.setVolume(1.5f);
        tc.setTTSConfig(tts);
        var term = new com.tencentcloudapi.trtc.v20190722.models.Terminology();
        term.setSource("骆驼");
        term.setTarget("Camel");
        tc.setTerminology(new com.tencentcloudapi.trtc.v20190722.models.Terminology[] {term});
        s.setTranslationConfig(tc);

        assertThat(json).isEqualTo(sdk(s));
    }

    @Test
    void startAIConversationRequestMatchesSdk() throws Exception {
        String llm = "{\"LLMType\":\"openai\",\"Model\":\"gpt-4o\",\"APIKey\":\"sk-secret\",\"APIUrl\":\"https://api.openai.com/v1/chat/completions\"}";
        String ttsCfg = "{\"TTSType\":\"flow\",\"VoiceId\":\"v-1\",\"Model\":\"flow_01_turbo\"}";
        StartAIConversationRequest req = new StartAIConversationRequest()
                .withSdkAppId(1400000000L).withRoomId("123").withSessionId("s-2").withRoomIdType(0L)
                .withAgentConfig(new AgentConfig().withUserId("bot").withUserSig("sig").withTargetUserId("u1")
                        .withMaxIdleTime(120L).withWelcomeMessage("Hello").withInterruptMode(0L)
                        .withInterruptSpeechDuration(500L).withTurnDetectionMode(3L).withFilterOneWord(false)
                        .withWelcomeMessagePriority(1L).withFilterBracketsContent(2L)
                        .withAmbientSound(new AmbientSound().withScene("coffee_shop").withVolume(0.5f))
                        .withVoicePrint(new VoicePrint().withMode(0L))
                        .withTurnDetection(new TurnDetection().withSemanticEagerness("auto"))
                        .withSubtitleMode(1L).withInterruptWordList(List.of("stop", "wait")))
                .withSttConfig(new STTConfig().withLanguage("en").withAlternativeLanguage(List.of("zh"))
                        .withCustomParam("{}").withVadSilenceTime(1000L).withHotWordList("trtc|11").withVadLevel(5L))
                .withLlmConfig(llm).withTtsConfig(ttsCfg).withAvatarConfig("{\"AvatarType\":\"x\"}")
                .withExperimentalParams("{\"a\":1}");

        JsonNode json = ours(req);
        assertThat(keys(json)).containsExactlyInAnyOrder("SdkAppId", "RoomId", "SessionId", "RoomIdType",
                "AgentConfig", "STTConfig", "LLMConfig", "TTSConfig", "AvatarConfig", "ExperimentalParams");
        assertThat(keys(json.get("AgentConfig"))).containsExactlyInAnyOrder("UserId", "UserSig", "TargetUserId",
                "MaxIdleTime", "WelcomeMessage", "InterruptMode", "InterruptSpeechDuration", "TurnDetectionMode",
                "FilterOneWord", "WelcomeMessagePriority", "FilterBracketsContent", "AmbientSound", "VoicePrint",
                "TurnDetection", "SubtitleMode", "InterruptWordList");
        assertThat(keys(json.get("AgentConfig").get("AmbientSound"))).containsExactlyInAnyOrder("Scene", "Volume");
        assertThat(json.get("LLMConfig").isTextual()).isTrue();
        assertThat(json.get("LLMConfig").textValue()).isEqualTo(llm);

        var s = new com.tencentcloudapi.trtc.v20190722.models.StartAIConversationRequest();
        s.setSdkAppId(1400000000L);
        s.setRoomId("123");
        s.setSessionId("s-2");
        s.setRoomIdType(0L);
        var ac = new com.tencentcloudapi.trtc.v20190722.models.AgentConfig();
        ac.setUserId("bot");
        ac.setUserSig("sig");
        ac.setTargetUserId("u1");
        ac.setMaxIdleTime(120L);
        ac.setWelcomeMessage("Hello");
        ac.setInterruptMode(0L);
        ac.setInterruptSpeechDuration(500L);
        ac.setTurnDetectionMode(3L);
        ac.setFilterOneWord(false);
        ac.setWelcomeMessagePriority(1L);
        ac.setFilterBracketsContent(2L);
        var as = new com.tencentcloudapi.trtc.v20190722.models.AmbientSound();
        as.setScene("coffee_shop");
        as.setVolume(0.5f);
        ac.setAmbientSound(as);
        var vp = new com.tencentcloudapi.trtc.v20190722.models.VoicePrint();
        vp.setMode(0L);
        ac.setVoicePrint(vp);
        var td = new com.tencentcloudapi.trtc.v20190722.models.TurnDetection();
        td.setSemanticEagerness("auto");
        ac.setTurnDetection(td);
        ac.setSubtitleMode(1L);
        ac.setInterruptWordList(new String[] {"stop", "wait"});
        s.setAgentConfig(ac);
        var stt = new com.tencentcloudapi.trtc.v20190722.models.STTConfig();
        stt.setLanguage("en");
        stt.setAlternativeLanguage(new String[] {"zh"});
        stt.setCustomParam("{}");
        stt.setVadSilenceTime(1000L);
        stt.setHotWordList("trtc|11");
        stt.setVadLevel(5L);
        s.setSTTConfig(stt);
        s.setLLMConfig(llm);
        s.setTTSConfig(ttsCfg);
        s.setAvatarConfig("{\"AvatarType\":\"x\"}");
        s.setExperimentalParams("{\"a\":1}");

        assertThat(json).isEqualTo(sdk(s));
    }

    @Test
    void controlAIConversationRequestMatchesSdk() throws Exception {
        ControlAIConversationRequest req = new ControlAIConversationRequest().withTaskId("t-1")
                .withCommand("ServerPushText")
                .withServerPushText(new ServerPushText().withText("Hi").withInterrupt(true).withStopAfterPlay(false)
                        .withAudio("AAAA").withDropMode(1L).withPriority(0L).withAddHistory(true)
                        .withMetaInfo("{\"k\":\"v\"}"))
                .withInvokeLlm(new InvokeLLM().withContent("say hi").withInterrupt(false).withExperimentalParams("x"));

        JsonNode json = ours(req);
        assertThat(keys(json)).containsExactlyInAnyOrder("TaskId", "Command", "ServerPushText", "InvokeLLM");
        assertThat(keys(json.get("ServerPushText"))).containsExactlyInAnyOrder("Text", "Interrupt", "StopAfterPlay",
                "Audio", "DropMode", "Priority", "AddHistory", "MetaInfo");

        var s = new com.tencentcloudapi.trtc.v20190722.models.ControlAIConversationRequest();
        s.setTaskId("t-1");
        s.setCommand("ServerPushText");
        var spt = new com.tencentcloudapi.trtc.v20190722.models.ServerPushText();
        spt.setText("Hi");
        spt.setInterrupt(true);
        spt.setStopAfterPlay(false);
        spt.setAudio("AAAA");
        spt.setDropMode(1L);
        spt.setPriority(0L);
        spt.setAddHistory(true);
        spt.setMetaInfo("{\"k\":\"v\"}");
        s.setServerPushText(spt);
        var inv = new com.tencentcloudapi.trtc.v20190722.models.InvokeLLM();
        inv.setContent("say hi");
        inv.setInterrupt(false);
        inv.setExperimentalParams("x");
        s.setInvokeLLM(inv);

        assertThat(json).isEqualTo(sdk(s));

        JsonNode transparent = ours(new ControlAIConversationRequest().withTaskId("t-1").withCommand("TransparentData")
                .withTransparentData(new TransparentData().withData("payload")));
        assertThat(transparent.toString())
                .isEqualTo("{\"TaskId\":\"t-1\",\"Command\":\"TransparentData\",\"TransparentData\":{\"Data\":\"payload\"}}");
    }

    @Test
    void createCloudTranscriptionRequestMatchesSdk() throws Exception {
        CreateCloudTranscriptionRequest req = new CreateCloudTranscriptionRequest()
                .withSdkAppId(1400000000L).withRoomId("room-1").withRoomIdType(1L)
                .withTranscriptionParam(new TranscriptionParam().withUserId("bot").withUserSig("sig")
                        .withSubscribeList(List.of(new TranscriptionUserInfoParams().withUserId("u1")))
                        .withUnSubscribeList(List.of(new TranscriptionUserInfoParams().withUserId("u2")))
                        .withMaxIdleTime(30L).withSendCustomMode(1L))
                .withAsrParam(new AsrParam().withLang("bigmodel-zh").withVadSilenceTime(1000L)
                        .withHotWordList("a|1").withAlternativeLanguage(List.of("bigmodel-en")).withVadLevel(1L))
                .withTranslationParam(new TranslationParam().withTargetLang(List.of("en", "ja")));

        JsonNode json = ours(req);
        assertThat(keys(json)).containsExactlyInAnyOrder("SdkAppId", "RoomId", "RoomIdType", "TranscriptionParam",
                "AsrParam", "TranslationParam");
        assertThat(keys(json.get("TranscriptionParam"))).containsExactlyInAnyOrder("UserId", "UserSig",
                "SubscribeList", "UnSubscribeList", "MaxIdleTime", "SendCustomMode");

        var s = new com.tencentcloudapi.trtc.v20190722.models.CreateCloudTranscriptionRequest();
        s.setSdkAppId(1400000000L);
        s.setRoomId("room-1");
        s.setRoomIdType(1L);
        var tp = new com.tencentcloudapi.trtc.v20190722.models.TranscriptionParam();
        tp.setUserId("bot");
        tp.setUserSig("sig");
        var u1 = new com.tencentcloudapi.trtc.v20190722.models.TranscriptionUserInfoParams();
        u1.setUserId("u1");
        var u2 = new com.tencentcloudapi.trtc.v20190722.models.TranscriptionUserInfoParams();
        u2.setUserId("u2");
        tp.setSubscribeList(new com.tencentcloudapi.trtc.v20190722.models.TranscriptionUserInfoParams[] {u1});
        tp.setUnSubscribeList(new com.tencentcloudapi.trtc.v20190722.models.TranscriptionUserInfoParams[] {u2});
        tp.setMaxIdleTime(30L);
        tp.setSendCustomMode(1L);
        s.setTranscriptionParam(tp);
        var asr = new com.tencentcloudapi.trtc.v20190722.models.AsrParam();
        asr.setLang("bigmodel-zh");
        asr.setVadSilenceTime(1000L);
        asr.setHotWordList("a|1");
        asr.setAlternativeLanguage(new String[] {"bigmodel-en"});
        asr.setVadLevel(1L);
        s.setAsrParam(asr);
        var tr = new com.tencentcloudapi.trtc.v20190722.models.TranslationParam();
        tr.setTargetLang(new String[] {"en", "ja"});
        s.setTranslationParam(tr);

        assertThat(json).isEqualTo(sdk(s));

        JsonNode filters = ours(new AsrParam().withLang("bigmodel-zh").withFilterDirty(2L).withFilterModal(1L).withFilterPunc(0L));
        assertThat(filters.toString()).isEqualTo("{\"Lang\":\"bigmodel-zh\",\"FilterDirty\":2,\"FilterModal\":1,\"FilterPunc\":0}");
    }

    @Test
    void smallRequestsMatchSdk() throws Exception {
        var stop = new com.tencentcloudapi.trtc.v20190722.models.StopAITranscriptionRequest();
        stop.setTaskId("t-1");
        assertThat(ours(new StopAITranscriptionRequest().withTaskId("t-1"))).isEqualTo(sdk(stop));

        var upd = new com.tencentcloudapi.trtc.v20190722.models.UpdateAIConversationRequest();
        upd.setTaskId("t-1");
        upd.setWelcomeMessage("hi");
        upd.setInterruptMode(1L);
        upd.setInterruptSpeechDuration(300L);
        upd.setLLMConfig("{}");
        upd.setTTSConfig("{\"TTSType\":\"flow\"}");
        assertThat(ours(new UpdateAIConversationRequest().withTaskId("t-1").withWelcomeMessage("hi")
                .withInterruptMode(1L).withInterruptSpeechDuration(300L).withLlmConfig("{}")
                .withTtsConfig("{\"TTSType\":\"flow\"}"))).isEqualTo(sdk(upd));

        var desc = new com.tencentcloudapi.trtc.v20190722.models.DescribeCloudTranscriptionRequest();
        desc.setSdkAppId(1400000000L);
        desc.setTaskId("t-9");
        assertThat(ours(new DescribeCloudTranscriptionRequest().withSdkAppId(1400000000L).withTaskId("t-9")))
                .isEqualTo(sdk(desc));

        assertThat(MAPPER.writeValueAsString(new DescribeAITranscriptionRequest())).isEqualTo("{}");
    }

    @Test
    void everyModelHasTheSdkWireFieldsAndTypes() throws Exception {
        for (Class<?> model : MODELS) {
            Class<?> sdkClass = Class.forName(SDK + model.getSimpleName());
            Map<String, String> sdkFields = new LinkedHashMap<>();
            for (Field f : sdkClass.getDeclaredFields()) {
                SerializedName name = f.getAnnotation(SerializedName.class);
                if (name != null) {
                    sdkFields.put(name.value(), describe(f.getGenericType()));
                }
            }
            Map<String, String> ourFields = new LinkedHashMap<>();
            for (Class<?> c = model; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    JsonProperty p = f.getAnnotation(JsonProperty.class);
                    if (p != null) {
                        ourFields.put(p.value(), describe(f.getGenericType()));
                    }
                }
            }
            NEWER_THAN_SDK.getOrDefault(model.getSimpleName(), Set.of()).forEach(ourFields::remove);
            assertThat(ourFields).as(model.getSimpleName()).isEqualTo(sdkFields);
        }
    }

    @Test
    void modelsTheTestSdkLacksHaveTheFieldsOfTheNewestSdk() {
        NOT_IN_TEST_SDK.forEach((model, fields) -> {
            assertThat(wireFields(model)).as(model.getSimpleName()).isEqualTo(fields);
            assertThatThrownBy(() -> Class.forName(SDK + model.getSimpleName())).as("%s: the test SDK has it now:"
                    + " compare with it in everyModelHasTheSdkWireFieldsAndTypes", model.getSimpleName())
                    .isInstanceOf(ClassNotFoundException.class);
        });
    }

    private static Map<String, String> wireFields(Class<?> model) {
        Map<String, String> ourFields = new LinkedHashMap<>();
        for (Class<?> c = model; c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                JsonProperty p = f.getAnnotation(JsonProperty.class);
                if (p != null) {
                    ourFields.put(p.value(), describe(f.getGenericType()));
                }
            }
        }
        return ourFields;
    }

    @Test
    void voicePrintAndSpeechRequestsMatchSdk() throws Exception {
        var register = new com.tencentcloudapi.trtc.v20190722.models.RegisterVoicePrintRequest();
        register.setAudio("UklGRg==");
        register.setReqTimestamp(1749119700000L);
        register.setAudioFormat(0L);
        register.setAudioName("jackson");
        register.setAudioMetaInfo("meta");
        assertThat(ours(new RegisterVoicePrintRequest().withAudioBytes("RIFF".getBytes(StandardCharsets.US_ASCII))
                .withReqTimestamp(1749119700000L).withAudioFormat(0L).withAudioName("jackson")
                .withAudioMetaInfo("meta"))).isEqualTo(sdk(register));

        var tts = new com.tencentcloudapi.trtc.v20190722.models.TextToSpeechRequest();
        tts.setText("hello");
        var voice = new com.tencentcloudapi.trtc.v20190722.models.Voice();
        voice.setVoiceId("v-1");
        voice.setSpeed(1.5f);
        voice.setPitch(-2L);
        tts.setVoice(voice);
        tts.setSdkAppId(1400000000L);
        var format = new com.tencentcloudapi.trtc.v20190722.models.AudioFormat();
        format.setFormat("mp3");
        format.setSampleRate(16000L);
        format.setBitrate(128L);
        tts.setAudioFormat(format);
        tts.setAPIKey("sk-secret");
        tts.setModel("flow_02_turbo");
        tts.setLanguage("en");
        TextToSpeechRequest ourTts = new TextToSpeechRequest().withText("hello")
                .withVoice(new Voice().withVoiceId("v-1").withSpeed(1.5f).withPitch(-2L)).withSdkAppId(1400000000L)
                .withAudioFormat(new AudioFormat().withFormat("mp3").withSampleRate(16000L).withBitrate(128L))
                .withApiKey("sk-secret").withModel("flow_02_turbo").withLanguage("en");
        assertThat(ours(ourTts)).isEqualTo(sdk(tts));
        assertThat(ourTts.toString()).contains("APIKey=***").doesNotContain("sk-secret");
        assertThat(new VoiceCloneRequest().withPromptAudio("c2VjcmV0LXZvaWNl").toString())
                .doesNotContain("c2VjcmV0LXZvaWNl");

        String reply = "{\"Audio\":\"UklGRg==\",\"TotalDurationMs\":250,\"RequestId\":\"r-1\"}";
        TextToSpeechResponse parsed = MAPPER.readValue(reply, TextToSpeechResponse.class);
        assertThat(parsed.audioBytes()).isEqualTo("RIFF".getBytes(StandardCharsets.US_ASCII));
        assertThat(parsed.getTotalDurationMs()).isEqualTo(250L);
    }

    private static String describe(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return "List<" + c.getComponentType().getSimpleName() + ">";
        }
        if (type instanceof ParameterizedType p) {
            return "List<" + ((Class<?>) p.getActualTypeArguments()[0]).getSimpleName() + ">";
        }
        return ((Class<?>) type).getSimpleName();
    }

    @Test
    void noDuplicateCamelCaseKeysFromAccessors() throws Exception {
        List<Class<?>> models = new ArrayList<>(MODELS);
        models.addAll(NOT_IN_TEST_SDK.keySet());
        for (Class<?> model : models) {
            if (java.lang.reflect.Modifier.isAbstract(model.getModifiers())) {
                continue;
            }
            Object instance = model.getDeclaredConstructor().newInstance();
            List<String> wire = new ArrayList<>();
            for (Class<?> c = model; c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    JsonProperty p = f.getAnnotation(JsonProperty.class);
                    if (p != null) {
                        f.setAccessible(true);
                        f.set(instance, sample(f));
                        wire.add(p.value());
                    }
                }
            }
            JsonNode json = ours(instance);
            assertThat(keys(json)).as(model.getSimpleName()).containsExactlyInAnyOrderElementsOf(wire);
            Object back = MAPPER.readValue(json.toString(), model);
            assertThat(ours(back)).as(model.getSimpleName()).isEqualTo(json);
        }
    }

    private static Object sample(Field f) throws Exception {
        Class<?> t = f.getType();
        if (t == String.class) {
            return "x";
        } else if (t == Long.class) {
            return 7L;
        } else if (t == Float.class) {
            return 0.5f;
        } else if (t == Boolean.class) {
            return Boolean.TRUE;
        } else if (t == List.class) {
            Class<?> e = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
            return List.of(e == String.class ? "x" : e == Float.class ? 0.5f : e.getDeclaredConstructor().newInstance());
        }
        return t.getDeclaredConstructor().newInstance();
    }

    @Test
    void parsesSeedResponses() throws Exception {
        String startAit = "{\"Response\":{\"TaskId\":\"abc\",\"RequestId\":\"abc\"}}";
        StartAITranscriptionResponse start = MAPPER.treeToValue(MAPPER.readTree(startAit).get("Response"),
                StartAITranscriptionResponse.class);
        assertThat(start.getTaskId()).isEqualTo("abc");
        assertThat(start.getRequestId()).isEqualTo("abc");

        String describeAic = "{\"Response\":{\"StartTime\":\"abc\",\"Status\":\"abc\",\"RequestId\":\"abc\"}}";
        DescribeAIConversationResponse aic = MAPPER.treeToValue(MAPPER.readTree(describeAic).get("Response"),
                DescribeAIConversationResponse.class);
        assertThat(aic.getStartTime()).isEqualTo("abc");
        assertThat(aic.getStatus()).isEqualTo("abc");
        assertThat(aic.getRequestId()).isEqualTo("abc");
        assertThat(aic.getTaskId()).isNull();

        String describeAit = "{\"Response\":{\"StartTime\":\"2025-04-24 16:17:56.931660\",\"Status\":\"InProgress\","
                + "\"TaskId\":\"t-1\",\"SessionId\":\"s-1\",\"RequestId\":\"r-1\",\"SomethingNew\":1}}";
        DescribeAITranscriptionResponse ait = MAPPER.treeToValue(MAPPER.readTree(describeAit).get("Response"),
                DescribeAITranscriptionResponse.class);
        assertThat(ait.getStartTime()).isEqualTo("2025-04-24 16:17:56.931660");
        assertThat(ait.getStatus()).isEqualTo("InProgress");
        assertThat(ait.getSessionId()).isEqualTo("s-1");

        String describeCt = "{\n    \"Response\": {\n        \"StartTime\": 1772433534515,\n        \"Status\": \"Idle\",\n"
                + "        \"RequestId\": \"f83001c5-7e3c-dfac-ba3e-236bf063c8d1\",\n"
                + "        \"TaskId\": \"m9-bVVU7nhKM5X3GsED6KNGVG********ndibWSn631uT6pbhE4PcPDSsggE.\"\n    }\n}";
        DescribeCloudTranscriptionResponse ct = MAPPER.treeToValue(MAPPER.readTree(describeCt).get("Response"),
                DescribeCloudTranscriptionResponse.class);
        assertThat(ct.getStartTime()).isEqualTo(1772433534515L);
        assertThat(ct.getStatus()).isEqualTo("Idle");
        assertThat(ct.getRequestId()).isEqualTo("f83001c5-7e3c-dfac-ba3e-236bf063c8d1");
        assertThat(ct.getTaskId()).isEqualTo("m9-bVVU7nhKM5X3GsED6KNGVG********ndibWSn631uT6pbhE4PcPDSsggE.");
    }

    @Test
    void parsesSeedRequestExample() throws Exception {
        String input = "{\n    \"SdkAppId\": 1234,\n    \"RoomId\": \"1234\",\n    \"RoomIdType\": 1,\n"
                + "    \"TranscriptionParams\": {\n        \"UserId\": \"abc\",\n        \"UserSig\": \"abc\",\n"
                + "        \"MaxIdleTime\": 60,\n        \"TranscriptionMode\": 1,\n        \"TargetUserId\": \"abc\"\n    }\n}";
        StartAITranscriptionRequest req = MAPPER.readValue(input, StartAITranscriptionRequest.class);
        assertThat(req.getSdkAppId()).isEqualTo(1234L);
        assertThat(req.getRoomIdType()).isEqualTo(1L);
        assertThat(req.getTranscriptionParams().getTranscriptionMode()).isEqualTo(1L);
        assertThat(req.getTranscriptionParams().getTargetUserId()).isEqualTo("abc");
        assertThat(ours(req)).isEqualTo(MAPPER.readTree(input));
    }

    @Test
    void toStringMasksCredentials() {
        StartAITranscriptionRequest ait = new StartAITranscriptionRequest().withSdkAppId(1400000000L).withRoomId("r1")
                .withTranscriptionParams(new TranscriptionParams().withUserId("bot").withUserSig("eJyrVkrLSSxXslI")
                        .withImAdminUserSig("adminSecretSig"))
                .withTranslationConfig(new TranslationConfig().withTtsConfig(new TTSConfig().withVoiceId("v-1")));
        String text = ait.toString();
        assertThat(text).startsWith("StartAITranscriptionRequest{SdkAppId=1400000000, RoomId=r1, ");
        assertThat(text).contains("\"UserId\":\"bot\"", "\"UserSig\":\"***\"", "\"IMAdminUserSig\":\"***\"",
                "\"VoiceId\":\"v-1\"");
        assertThat(text).doesNotContain("eJyrVkrLSSxXslI", "adminSecretSig", "Language");

        StartAIConversationRequest aic = new StartAIConversationRequest().withRoomId("123")
                .withAgentConfig(new AgentConfig().withUserId("bot").withUserSig("agentSig"))
                .withLlmConfig("{\"APIKey\":\"sk-secret\"}").withTtsConfig("{\"SecretKey\":\"ttsSecret\"}")
                .withAvatarConfig("{\"Key\":\"avatarSecret\"}");
        assertThat(aic.toString()).isEqualTo("StartAIConversationRequest{RoomId=123, "
                + "AgentConfig={\"UserId\":\"bot\",\"UserSig\":\"***\"}, LLMConfig=***, TTSConfig=***, AvatarConfig=***}");

        DescribeCloudTranscriptionResponse resp = new DescribeCloudTranscriptionResponse().withStartTime(5L).withStatus("Idle");
        resp.setRequestId("r-1");
        assertThat(resp.toString()).isEqualTo("DescribeCloudTranscriptionResponse{RequestId=r-1, StartTime=5, Status=Idle}");
    }
}
