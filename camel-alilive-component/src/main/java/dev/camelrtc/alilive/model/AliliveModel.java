package dev.camelrtc.alilive.model;

import java.util.Set;

import dev.camelrtc.support.json.ApiModel;

/** Base of the RtcAsr request, response and task models; toString masks AuthKey. */
public abstract class AliliveModel extends ApiModel {

    private static final Set<String> MASKED = Set.of("AuthKey");

    @Override
    protected Set<String> maskedFields() {
        return MASKED;
    }
}
