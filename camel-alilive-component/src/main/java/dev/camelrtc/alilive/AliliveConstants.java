package dev.camelrtc.alilive;

import org.apache.camel.spi.Metadata;

/** Message headers of the alilive component. */
public interface AliliveConstants {

    @Metadata(label = "producer", description = "The operation to perform; overrides the operation of the URI.",
              javaType = "String")
    String OPERATION = "CamelAliliveOperation";

    @Metadata(description = "In: the TaskId of the request where the body leaves it unset (query, stop, delete)."
                            + " Out: the TaskId of the created, queried, stopped or deleted task.",
              javaType = "String")
    String TASK_ID = "CamelAliliveTaskId";

    @Metadata(label = "producer", description = "The RequestId Alibaba Cloud returned for the call.",
              javaType = "String")
    String REQUEST_ID = "CamelAliliveRequestId";

    @Metadata(label = "producer", description = "The status number of the task a queryRtcAsrTasks call for one"
                                                + " TaskId returned.",
              javaType = "Integer")
    String STATUS = "CamelAliliveStatus";
}
