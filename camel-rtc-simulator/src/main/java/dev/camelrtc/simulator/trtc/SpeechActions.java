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

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.camelrtc.simulator.SimulatorTimings;
import dev.camelrtc.simulator.http.ApiError;
import dev.camelrtc.simulator.http.Json;

/**
 * TextToSpeech, VoiceClone, AsyncTextToSpeech and DescribeAsyncTextToSpeech (limits from the SDK 3.2.11 models and API
 * pages 647/122473, 647/130581-130582; codes from the SDK's TrtcErrorCode). The speech is a deterministic tone of
 * {@value #MS_PER_CHARACTER} ms per character (at most {@value #MAX_DURATION_MS} ms), 16-bit mono PCM at the requested
 * sample rate; "wav" adds a RIFF header; the simulator does not encode MP3 or Opus and answers the PCM bytes for them.
 * An asynchronous task is Processing until the timings' inProgressAfter, then Success with download URLs that nothing
 * serves ({@code .invalid} host).
 */
final class SpeechActions {

    static final int MS_PER_CHARACTER = 50;
    static final int MAX_DURATION_MS = 2000;
    static final int MAX_TEXT = 2000;
    static final int MAX_ASYNC_TEXT = 50000;
    private static final Set<String> FORMATS = Set.of("pcm", "wav", "mp3", "opus");
    private static final Set<String> ASYNC_FORMATS = Set.of("pcm", "mp3", "opus");
    private static final Set<Long> SAMPLE_RATES = Set.of(16000L, 24000L);
    private static final Pattern VOICE_NAME = Pattern.compile("[A-Za-z0-9_]{1,36}");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private record AsyncTask(Instant createdAt, long sdkAppId, String format, long durationMs, boolean subtitles) {
    }

    private final SimulatorTimings timings;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, AsyncTask> tasks = new HashMap<>();

    SpeechActions(SimulatorTimings timings, Clock clock) {
        this.timings = timings;
        this.clock = clock;
    }

    ObjectNode textToSpeech(JsonNode body) {
        String text = checkText(body, MAX_TEXT);
        String format = format(body, FORMATS, "pcm");
        long rate = TrtcBody.longOr(body.get("AudioFormat"), "SampleRate", 24000);
        if (!SAMPLE_RATES.contains(rate)) {
            throw new ApiError("InvalidParameter.AudioEncodeParams", "AudioFormat.SampleRate must be 16000 or 24000.");
        }
        int durationMs = durationMs(text);
        byte[] pcm = tone(rate, durationMs);
        byte[] audio = "wav".equals(format) ? wav(pcm, rate) : pcm;
        ObjectNode out = Json.object().put("Audio", Base64.getEncoder().encodeToString(audio))
                .put("TotalDurationMs", durationMs);
        if (TrtcBody.longOr(body, "AlignmentMode", 0) > 0) {
            out.putArray("Alignments").addObject().put("Text", text).put("TimeBeginMs", 0)
                    .put("TimeEndMs", durationMs).put("TextBegin", 0).put("TextEnd", text.length());
        }
        return out;
    }

    ObjectNode voiceClone(JsonNode body) {
        String name = TrtcBody.text(body, "VoiceName");
        if (!VOICE_NAME.matcher(name).matches()) {
            throw new ApiError("InvalidParameter.VoiceName",
                    "VoiceName allows letters, digits and underscores, at most 36.");
        }
        try {
            if (Base64.getDecoder().decode(TrtcBody.text(body, "PromptAudio")).length == 0) {
                throw new IllegalArgumentException("empty");
            }
        } catch (IllegalArgumentException e) {
            throw new ApiError("InvalidParameter.AudioPrompt", "PromptAudio is not Base64 audio.");
        }
        StringBuilder id = new StringBuilder(name).append('_');
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return Json.object().put("VoiceId", id.toString());
    }

    synchronized ObjectNode startAsync(JsonNode body) {
        String text = checkText(body, MAX_ASYNC_TEXT);
        String format = format(body, ASYNC_FORMATS, "mp3");
        String taskId = UUID.randomUUID().toString();
        tasks.put(taskId, new AsyncTask(clock.instant(), body.get("SdkAppId").asLong(), format, durationMs(text),
                TrtcBody.longOr(body, "AlignmentMode", 0) == 1));
        return Json.object().put("TaskId", taskId);
    }

    synchronized ObjectNode describeAsync(JsonNode body) {
        String taskId = TrtcBody.text(body, "TaskId");
        AsyncTask task = tasks.get(taskId);
        if (task == null) {
            throw new ApiError("FailedOperation.TaskNotExist", "The task does not exist: " + taskId);
        }
        if (!"Success".equals(status(task))) {
            return Json.object().put("Status", "Processing");
        }
        String base = "https://async-tts.simulator.invalid/" + taskId;
        ObjectNode out = Json.object().put("Status", "Success").put("AudioDownloadUrl",
                base + "/result." + task.format());
        if (task.subtitles()) {
            out.put("SubtitleDownloadUrl", base + "/subtitle.json");
        }
        return out.put("TotalDurationMs", task.durationMs());
    }

    synchronized void reset() {
        tasks.clear();
    }

    /** The asynchronous tasks as {@code RtcSimulator#tasksAsJson} lists tasks. */
    synchronized ArrayNode listAsJson() {
        ArrayNode out = Json.MAPPER.createArrayNode();
        tasks.forEach((id, task) -> out.addObject().put("vendor", "tencent").put("family", "ASYNC_TEXT_TO_SPEECH")
                .put("id", id).put("status", status(task)).put("sdkAppId", task.sdkAppId()));
        return out;
    }

    private String status(AsyncTask task) {
        return clock.instant().isBefore(task.createdAt().plus(timings.inProgressAfter())) ? "Processing" : "Success";
    }

    private static String checkText(JsonNode body, int max) {
        String text = TrtcBody.text(body, "Text");
        if (text.length() > max) {
            throw new ApiError("InvalidParameter.TextLength", "Text is longer than " + max + " characters.");
        }
        return text;
    }

    private static String format(JsonNode body, Set<String> allowed, String fallback) {
        String format = TrtcBody.text(body.get("AudioFormat"), "Format");
        if (format == null) {
            return fallback;
        }
        if (!allowed.contains(format)) {
            throw new ApiError("InvalidParameter.AudioEncodeParams", "AudioFormat.Format must be one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ".");
        }
        return format;
    }

    static int durationMs(String text) {
        return Math.min(MAX_DURATION_MS, MS_PER_CHARACTER * text.codePointCount(0, text.length()));
    }

    /** 16-bit little-endian mono samples of a 500 Hz square-ish tone, so that the audio is not silence. */
    static byte[] tone(long sampleRate, int durationMs) {
        int samples = (int) (sampleRate * durationMs / 1000);
        ByteBuffer pcm = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            pcm.putShort((short) ((i * 500 * 2 / sampleRate) % 2 == 0 ? 8000 : -8000));
        }
        return pcm.array();
    }

    /** PCM in a canonical 44-byte RIFF/WAVE header. */
    static byte[] wav(byte[] pcm, long sampleRate) {
        ByteBuffer b = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + pcm.length)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt((int) sampleRate).putInt((int) sampleRate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(pcm.length).put(pcm);
        return b.array();
    }
}
