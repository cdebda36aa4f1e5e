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

import java.util.Set;

import dev.camelrtc.support.json.ApiModel;

/** Base of all TRTC models; toString masks user signatures, AI-service configs and audio. */
public abstract class TrtcModel extends ApiModel {

    /** Secrets, and audio (Base64 recordings of voices: long, and a voiceprint is biometric data). */
    private static final Set<String> MASKED = Set.of("UserSig", "IMAdminUserSig", "LLMConfig", "TTSConfig",
            "AvatarConfig", "APIKey", "Audio", "PromptAudio");

    @Override
    protected Set<String> maskedFields() {
        return MASKED;
    }

    /** This model as {@code R}, the type the {@code with} methods of a self-typed base return. */
    @SuppressWarnings("unchecked")
    protected final <R> R self() {
        return (R) this;
    }
}
