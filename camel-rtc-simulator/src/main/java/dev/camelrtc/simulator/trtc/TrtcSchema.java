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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.camelrtc.simulator.http.ApiError;

/**
 * Wire types of the TRTC request bodies (from the official Java SDK 3.1.1436 model classes, and 3.2.11 for usage and
 * speech synthesis; required flags from the API pages and tccli's api.json), written compactly as {@code Name:Type}
 * with {@code !} for required fields. Checking a body against its action's type gives {@code MissingParameter[.X]}
 * for absent required fields and {@code InvalidParameter} for values of the wrong JSON type. Unknown fields are
 * ignored. Conditional rules (TargetUserId when TranscriptionMode=1, …) live in the action handlers.
 */
final class TrtcSchema {

    private static final Map<String, String> TYPES = new LinkedHashMap<>();

    static {
        // request bodies
        TYPES.put("StartAITranscription", "SdkAppId:Long!, RoomId:String!, TranscriptionParams:TranscriptionParams!,"
                + " SessionId:String, RoomIdType:Long, RecognizeConfig:RecognizeConfig,"
                + " TranslationConfig:TranslationConfig");
        TYPES.put("StopAITranscription", "TaskId:String!");
        TYPES.put("DescribeAITranscription", "TaskId:String, SdkAppId:Long, SessionId:String");
        TYPES.put("StartAIConversation", "SdkAppId:Long!, RoomId:String!, AgentConfig:AgentConfig!,"
                + " SessionId:String, RoomIdType:Long, STTConfig:STTConfig, LLMConfig:String!, TTSConfig:String!,"
                + " AvatarConfig:String, ExperimentalParams:String");
        TYPES.put("StopAIConversation", "TaskId:String!");
        TYPES.put("DescribeAIConversation", "SdkAppId:Long, TaskId:String, SessionId:String");
        TYPES.put("UpdateAIConversation", "TaskId:String!, WelcomeMessage:String, InterruptMode:Long,"
                + " InterruptSpeechDuration:Long, LLMConfig:String, TTSConfig:String");
        TYPES.put("ControlAIConversation", "TaskId:String!, Command:String!, ServerPushText:ServerPushText,"
                + " InvokeLLM:InvokeLLM, TransparentData:TransparentData");
        TYPES.put("CreateCloudTranscription", "SdkAppId:Long!, RoomId:String!, RoomIdType:Long!,"
                + " TranscriptionParam:TranscriptionParam!, AsrParam:AsrParam!, TranslationParam:TranslationParam,"
                + " TTSParam:TTSParam[]");
        TYPES.put("DeleteCloudTranscription", "SdkAppId:Long!, TaskId:String!");
        TYPES.put("DescribeCloudTranscription", "SdkAppId:Long!, TaskId:String!");
        TYPES.put("DescribeTRTCAIRecognitionUsage", "StartTime:String!, EndTime:String!, AuType:String[]!,"
                + " SdkAppId:String");
        TYPES.put("RegisterVoicePrint", "Audio:String!, ReqTimestamp:Long!, AudioFormat:Long!, AudioName:String!,"
                + " AudioMetaInfo:String");
        TYPES.put("DescribeVoicePrint", "DescribeMode:Long!, VoicePrintIdList:String[], PageIndex:Long, PageSize:Long");
        TYPES.put("UpdateVoicePrint", "VoicePrintId:String!, ReqTimestamp:Long!, AudioFormat:Long, Audio:String,"
                + " AudioMetaInfo:String");
        TYPES.put("DeleteVoicePrint", "VoicePrintId:String!");
        TYPES.put("TextToSpeech", "Text:String!, Voice:Voice!, SdkAppId:Long!, AudioFormat:AudioFormat, APIKey:String,"
                + " Model:String, Language:String, PronunciationDict:PronunciationDict[], AlignmentMode:Long,"
                + " ExtraParams:String");
        TYPES.put("AsyncTextToSpeech", "Text:String!, Voice:Voice!, SdkAppId:Long!, AudioFormat:AudioFormat,"
                + " Model:String, PronunciationDict:PronunciationDict[], AlignmentMode:Long, LanguageCode:String");
        TYPES.put("DescribeAsyncTextToSpeech", "TaskId:String!");
        TYPES.put("VoiceClone", "SdkAppId:Long!, VoiceName:String!, PromptAudio:String!, APIKey:String,"
                + " PromptText:String, Model:String, Language:String, ExtraParams:String");
        // nested types
        TYPES.put("Voice", "VoiceId:String!, Speed:Float, Volume:Float, Pitch:Long, Emotion:String");
        TYPES.put("AudioFormat", "Format:String, SampleRate:Long, Bitrate:Long");
        TYPES.put("PronunciationDict", "Word:String!, Pronunciation:String!");
        TYPES.put("TranscriptionParams", "UserId:String!, UserSig:String!, IMAdminUserId:String,"
                + " IMAdminUserSig:String, MaxIdleTime:Long, TranscriptionMode:Long, TargetUserId:String,"
                + " TargetUserIdList:String[], VoicePrint:VoicePrint, TurnDetection:TurnDetection");
        TYPES.put("RecognizeConfig", "Language:String, AlternativeLanguage:String[], Model:String,"
                + " TranslationLanguage:String, HotWordList:String, VadSilenceTime:Long, VadLevel:Long");
        TYPES.put("TranslationConfig", "TargetLanguages:String[]!, Mode:Long, TTSConfig:TTSConfig,"
                + " Terminology:Terminology[]");
        TYPES.put("AgentConfig", "UserId:String!, UserSig:String!, TargetUserId:String!, MaxIdleTime:Long,"
                + " WelcomeMessage:String, InterruptMode:Long, InterruptSpeechDuration:Long, TurnDetectionMode:Long,"
                + " FilterOneWord:Boolean, WelcomeMessagePriority:Long, FilterBracketsContent:Long,"
                + " AmbientSound:AmbientSound, VoicePrint:VoicePrint, TurnDetection:TurnDetection, SubtitleMode:Long,"
                + " InterruptWordList:String[]");
        TYPES.put("STTConfig", "Language:String, AlternativeLanguage:String[], CustomParam:String,"
                + " VadSilenceTime:Long, HotWordList:String, VadLevel:Long");
        TYPES.put("ServerPushText", "Text:String, Interrupt:Boolean, StopAfterPlay:Boolean, Audio:String,"
                + " DropMode:Long, Priority:Long, AddHistory:Boolean, MetaInfo:String");
        TYPES.put("InvokeLLM", "Content:String, Interrupt:Boolean, ExperimentalParams:String");
        TYPES.put("TransparentData", "Data:String!");
        TYPES.put("TranscriptionParam", "UserId:String!, UserSig:String!, SubscribeList:TranscriptionUserInfoParams[],"
                + " UnSubscribeList:TranscriptionUserInfoParams[], MaxIdleTime:Long, SendCustomMode:Long");
        TYPES.put("AsrParam", "Lang:String!, VadSilenceTime:Long, HotWordList:String, AlternativeLanguage:String[],"
                + " VadLevel:Long, FilterDirty:Long, FilterModal:Long, FilterPunc:Long");
        TYPES.put("TranslationParam", "TargetLang:String[]");
        TYPES.put("TTSParam", "Model:String!, Language:String!, TargetUser:String!, TTSRobotUser:String!,"
                + " Voice:String!");
        TYPES.put("VoicePrint", "Mode:Long, IdList:String[]");
        TYPES.put("TurnDetection", "SemanticEagerness:String");
        TYPES.put("TTSConfig", "VoiceId:String!, Model:String, Speed:Float, Volume:Float");
        TYPES.put("Terminology", "Source:String!, Target:String!");
        TYPES.put("AmbientSound", "Scene:String!, Volume:Float");
        TYPES.put("TranscriptionUserInfoParams", "UserId:String!");
    }

    /** Fields whose absence has a dedicated code in TrtcErrorCode ({@code MissingParameter.<Field>}). */
    private static final Set<String> SPECIFIC_MISSING = Set.of("SdkAppId", "RoomId", "TaskId", "UserId", "AsrParam");

    private record Field(String name, String type, boolean required) {
    }

    private static final Map<String, List<Field>> FIELDS = new LinkedHashMap<>();

    static {
        TYPES.forEach((type, spec) -> {
            List<Field> fields = new ArrayList<>();
            for (String f : spec.split(",")) {
                String[] nt = f.trim().split(":");
                boolean required = nt[1].endsWith("!");
                fields.add(new Field(nt[0], required ? nt[1].substring(0, nt[1].length() - 1) : nt[1], required));
            }
            FIELDS.put(type, fields);
        });
    }

    private TrtcSchema() {
    }

    /** Checks {@code body} against the request type of {@code action}. */
    static void check(TrtcAction action, JsonNode body) {
        checkObject(action.name(), body, "");
    }

    /** The MissingParameter error for a field path such as {@code TranscriptionParams.UserId}. */
    static ApiError missing(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        String code;
        if ("AsrParam.Lang".equals(path)) {
            code = "MissingParameter.ASRLang";
        } else if (SPECIFIC_MISSING.contains(last)) {
            code = "MissingParameter." + last;
        } else {
            code = "MissingParameter";
        }
        return new ApiError(code, "The request is missing a required parameter `" + path + "`.");
    }

    static ApiError invalid(String path, String why) {
        return new ApiError("InvalidParameter", "The value of parameter `" + path + "` is not valid: " + why + ".");
    }

    private static void checkObject(String type, JsonNode node, String prefix) {
        for (Field f : FIELDS.get(type)) {
            String path = prefix + f.name();
            JsonNode value = node.get(f.name());
            boolean absent = value == null || value.isNull();
            if (absent || (value.isTextual() && value.asText().isEmpty() && f.required())) {
                if (f.required()) {
                    throw missing(path);
                }
                continue;
            }
            checkValue(f.type(), value, path);
        }
    }

    private static void checkValue(String type, JsonNode value, String path) {
        if (type.endsWith("[]")) {
            if (!value.isArray()) {
                throw invalid(path, "expected an array");
            }
            String element = type.substring(0, type.length() - 2);
            for (int i = 0; i < value.size(); i++) {
                checkValue(element, value.get(i), path + "." + i);
            }
            return;
        }
        switch (type) {
            case "Long" -> {
                if (!value.isIntegralNumber()) {
                    throw invalid(path, "expected an Integer");
                }
            }
            case "Float" -> {
                if (!value.isNumber()) {
                    throw invalid(path, "expected a Float");
                }
            }
            case "String" -> {
                if (!value.isTextual()) {
                    throw invalid(path, "expected a String");
                }
            }
            case "Boolean" -> {
                if (!value.isBoolean()) {
                    throw invalid(path, "expected a Boolean");
                }
            }
            default -> {
                if (!value.isObject()) {
                    throw invalid(path, "expected an object of type " + type);
                }
                checkObject(type, value, path + ".");
            }
        }
    }
}
