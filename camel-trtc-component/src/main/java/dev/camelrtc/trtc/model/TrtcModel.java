package dev.camelrtc.trtc.model;

import java.util.Set;

import dev.camelrtc.support.json.ApiModel;

/** Base of all TRTC request, response and nested models; toString masks user signatures and AI-service configs. */
public abstract class TrtcModel extends ApiModel {

    private static final Set<String> MASKED = Set.of("UserSig", "IMAdminUserSig", "LLMConfig", "TTSConfig", "AvatarConfig", "APIKey");

    @Override
    protected Set<String> maskedFields() {
        return MASKED;
    }
}
