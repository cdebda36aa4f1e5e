package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the DeleteRtcAsrTask action. */
public class DeleteRtcAsrTaskResponse extends AliliveResponse {
}
