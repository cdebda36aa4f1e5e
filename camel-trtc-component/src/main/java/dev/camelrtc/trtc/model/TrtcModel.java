package dev.camelrtc.trtc.model;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import dev.camelrtc.support.Json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Base of all TRTC request, response and nested models; toString renders the wire fields with credentials masked. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class TrtcModel {

    private static final Set<String> MASKED = Set.of("UserSig", "IMAdminUserSig", "LLMConfig", "TTSConfig", "AvatarConfig", "APIKey");

    @Override
    public String toString() {
        return Json.describeMasked(this, MASKED);
    }
}
