package dev.camelrtc.trtc.model;

/** Response of the ControlAIConversation action. */
public class ControlAIConversationResponse extends TrtcResponse {
}
