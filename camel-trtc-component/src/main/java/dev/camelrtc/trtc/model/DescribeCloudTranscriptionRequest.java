package dev.camelrtc.trtc.model;

/** Request of the DescribeCloudTranscription action; only valid while the task runs. */
public class DescribeCloudTranscriptionRequest extends CloudTranscriptionTaskRequest<DescribeCloudTranscriptionRequest> {
}
