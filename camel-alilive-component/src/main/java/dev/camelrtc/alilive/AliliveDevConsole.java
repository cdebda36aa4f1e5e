package dev.camelrtc.alilive;

import org.apache.camel.spi.annotations.DevConsole;

import dev.camelrtc.support.ops.TaskConsole;

/** Dev console listing the RtcAsr tasks the alilive consumers follow and the last status each delivered. */
@DevConsole(name = "alilive", displayName = "Alibaba Live ASR tasks",
            description = "RtcAsr tasks followed by alilive consumers and their last delivered status")
public class AliliveDevConsole extends TaskConsole {

    public AliliveDevConsole() {
        super("alilive", "Alibaba Live ASR tasks",
                "RtcAsr tasks followed by alilive consumers and their last delivered status", AliliveEndpoint.class);
    }
}
