package dev.camelrtc.trtc;

import org.apache.camel.spi.Metadata;

/** Message headers of the trtc component. */
public interface TrtcConstants {

    @Metadata(label = "producer", description = "The operation to perform; overrides the operation of the URI.",
              javaType = "String")
    String OPERATION = "CamelTrtcOperation";

    @Metadata(description = "In: the TaskId of the request where the body leaves it unset."
                            + " Out: the TaskId of the task the reply (or consumer event) is about.",
              javaType = "String")
    String TASK_ID = "CamelTrtcTaskId";

    @Metadata(label = "producer", description = "The SdkAppId of the request where the body leaves it unset.",
              javaType = "Long")
    String SDK_APP_ID = "CamelTrtcSdkAppId";

    @Metadata(label = "producer", description = "The RoomId of the request where the body leaves it unset.",
              javaType = "String")
    String ROOM_ID = "CamelTrtcRoomId";

    @Metadata(label = "producer", description = "The SessionId of the request where the body leaves it unset.",
              javaType = "String")
    String SESSION_ID = "CamelTrtcSessionId";

    @Metadata(description = "The RequestId Tencent Cloud returned for the call.", javaType = "String")
    String REQUEST_ID = "CamelTrtcRequestId";

    @Metadata(description = "The task status of a Describe reply (Idle, Preparing, InProgress, Stopped; cloud"
                            + " transcription: Idle, InProgress, Exited).",
              javaType = "String")
    String STATUS = "CamelTrtcStatus";
}
