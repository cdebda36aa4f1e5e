package dev.camelrtc.trtc.model;

/** Response of the UpdateAIConversation action. */
public class UpdateAIConversationResponse extends TrtcResponse {
}
