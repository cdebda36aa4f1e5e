package dev.camelrtc.trtc.model;

/** Request of the DeleteCloudTranscription action. */
public class DeleteCloudTranscriptionRequest extends CloudTranscriptionTaskRequest<DeleteCloudTranscriptionRequest> {
}
