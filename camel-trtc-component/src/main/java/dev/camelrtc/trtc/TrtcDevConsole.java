package dev.camelrtc.trtc;

import org.apache.camel.spi.annotations.DevConsole;

import dev.camelrtc.support.ops.TaskConsole;

/** Dev console listing the tasks the trtc consumers follow and the last status each delivered. */
@DevConsole(name = "trtc", displayName = "Tencent TRTC tasks",
            description = "Tasks followed by trtc consumers and their last delivered status")
public class TrtcDevConsole extends TaskConsole {

    public TrtcDevConsole() {
        super("trtc", "Tencent TRTC tasks", "Tasks followed by trtc consumers and their last delivered status",
                TrtcEndpoint.class);
    }
}
