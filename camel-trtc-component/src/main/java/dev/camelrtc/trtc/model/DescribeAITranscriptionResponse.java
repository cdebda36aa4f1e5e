package dev.camelrtc.trtc.model;

/** Response of the DescribeAITranscription action. */
public class DescribeAITranscriptionResponse extends DescribeAITaskResponse<DescribeAITranscriptionResponse> {
}
