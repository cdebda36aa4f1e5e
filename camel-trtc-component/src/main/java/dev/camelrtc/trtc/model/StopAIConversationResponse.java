package dev.camelrtc.trtc.model;

/** Response of the StopAIConversation action. */
public class StopAIConversationResponse extends TrtcResponse {
}
