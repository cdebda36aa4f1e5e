package dev.camelrtc.trtc.model;

/** Response of the StopAITranscription action. */
public class StopAITranscriptionResponse extends TrtcResponse {
}
