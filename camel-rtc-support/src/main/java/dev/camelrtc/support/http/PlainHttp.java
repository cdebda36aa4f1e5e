package dev.camelrtc.support.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Whether a plain-HTTP endpoint stays on this machine (the simulator) or crosses a network. */
public final class PlainHttp {

    private PlainHttp() {
    }

    /** True for localhost and loopback literals; host names are not resolved (no DNS lookup at start-up). */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
