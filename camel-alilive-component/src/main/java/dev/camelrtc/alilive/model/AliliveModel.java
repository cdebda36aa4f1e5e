package dev.camelrtc.alilive.model;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import dev.camelrtc.support.Json;

import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.ANY;
import static com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE;

/** Base of the RtcAsr request, response and task models; toString renders the wire fields with AuthKey masked. */
@JsonAutoDetect(fieldVisibility = ANY, getterVisibility = NONE, isGetterVisibility = NONE, setterVisibility = NONE)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public abstract class AliliveModel {

    private static final Set<String> MASKED = Set.of("AuthKey");

    @Override
    public String toString() {
        return Json.describeMasked(this, MASKED);
    }
}
