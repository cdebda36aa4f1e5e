package dev.camelrtc.alilive.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Response of the StopRtcAsrTask action. */
public class StopRtcAsrTaskResponse extends AliliveResponse {
}
