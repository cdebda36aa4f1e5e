package dev.camelrtc.trtc;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

import dev.camelrtc.support.json.Parameters;
import dev.camelrtc.support.RtcProducerSupport;
import dev.camelrtc.support.call.OperationKind;

/** Calls a TRTC operation; see {@link RtcProducerSupport}. Starts get a generated SessionId unless told otherwise. */
public class TrtcProducer extends RtcProducerSupport<TrtcOperations> {

    /** Prefix of the exchange properties holding generated SessionIds. */
    static final String GENERATED_SESSION_ID = "CamelTrtcGeneratedSessionId";

    private static final Map<String, String> REPLY_HEADERS = Map.of("RequestId", TrtcConstants.REQUEST_ID,
            "TaskId", TrtcConstants.TASK_ID, "Status", TrtcConstants.STATUS);

    public TrtcProducer(TrtcEndpoint endpoint) {
        super(endpoint, TrtcConstants.OPERATION, TrtcConstants.TASK_ID, TrtcConstants.FOLLOW);
    }

    @Override
    protected ObjectNode request(TrtcOperations operation, Exchange exchange) {
        TrtcConfiguration configuration = (TrtcConfiguration) getEndpoint().getConfiguration();
        ObjectNode params = TrtcRequests.build(operation, exchange.getMessage(), configuration);
        if (operation.kind() == OperationKind.START && operation.accepts("SessionId")
                && configuration.isGenerateSessionId() && Parameters.isMissing(params.get("SessionId"))) {
            params.put("SessionId", generatedSessionId(exchange, operation, params.path("RoomId").asText()));
        }
        return params;
    }

    /**
     * One per exchange, operation and room, kept as an exchange property so that Camel redeliveries of the same
     * exchange repeat the same start.
     */
    private static String generatedSessionId(Exchange exchange, TrtcOperations operation, String roomId) {
        return exchange.getProperties().computeIfAbsent(GENERATED_SESSION_ID + "." + operation + "." + roomId,
                k -> "camel-" + UUID.randomUUID()).toString();
    }

    @Override
    protected void setReplyHeaders(Message message, TrtcOperations operation, ObjectNode params, JsonNode response,
                                   Object body) {
        REPLY_HEADERS.forEach((field, header) -> {
            JsonNode value = response.get(field);
            if (!Parameters.isMissing(value)) {
                message.setHeader(header, value.asText());
            }
        });
    }

    /** Consumers of DescribeCloudTranscription need the task's SdkAppId. */
    @Override
    protected Map<String, String> followAttributes(ObjectNode params) {
        JsonNode sdkAppId = params.get("SdkAppId");
        return Parameters.isMissing(sdkAppId) ? Map.of() : Map.of("SdkAppId", sdkAppId.asText());
    }
}
