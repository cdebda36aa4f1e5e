package dev.camelrtc.trtc.model;

/** Response of the DescribeAIConversation action. */
public class DescribeAIConversationResponse extends DescribeAITaskResponse<DescribeAIConversationResponse> {
}
