/*
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License is distributed on
 * an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the License for the
 * specific language governing permissions and limitations under the License.
 */
package dev.camelrtc.alilive.callback;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.Category;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.camelrtc.support.callback.CallbackAuthenticator;
import dev.camelrtc.support.callback.CallbackEndpointSupport;
import dev.camelrtc.support.callback.CallbackMessage;
import dev.camelrtc.support.http.Crypto;

/**
 * Receive the results Alibaba Cloud Live RtcAsr tasks post to their CallbackURL over Camel's platform-http, verifying
 * SIG-TIME / ASR-SIG and dropping redelivered duplicates. Alibaba does not document the body: it is routed as JSON.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "alilive-callbacks", title = "Alibaba Cloud Live RtcAsr callbacks",
             syntax = "alilive-callbacks:path", consumerOnly = true, category = { Category.CLOUD, Category.HTTP },
             headersClass = AliliveCallbacksConstants.class)
public class AliliveCallbacksEndpoint extends CallbackEndpointSupport {

    private static final Logger LOG = LoggerFactory.getLogger(AliliveCallbacksEndpoint.class);

    @UriParam(label = "security", secret = true,
              description = "The AuthKey given to createRtcAsrTask: every request must carry SIG-TIME and ASR-SIG"
                            + " headers signed with it. Required unless acceptUnsigned=true.")
    private String authKey;
    @UriParam(label = "security",
              description = "The CallbackURL given to createRtcAsrTask, exactly as given (scheme, host, path and any"
                            + " query): ASR-SIG is computed over it, so it is the public URL, not the address this"
                            + " server sees behind a proxy. Required unless acceptUnsigned=true.")
    private String callbackUrl;
    @UriParam(label = "security", defaultValue = "300000", javaType = "java.time.Duration",
              description = "How far SIG-TIME may be from this server's clock (milliseconds, either way) before a"
                            + " callback is rejected as stale; 0 turns the check off.")
    private long sigTimeTolerance = 300_000;

    public AliliveCallbacksEndpoint(String uri, AliliveCallbacksComponent component, String path) {
        super(uri, component, path);
    }

    @Override
    protected AliliveCallbacksConsumer newConsumer(Processor processor) {
        return new AliliveCallbacksConsumer(this, processor);
    }

    @Override
    protected void doInit() throws Exception {
        super.doInit();
        if (sigTimeTolerance < 0) {
            throw new IllegalArgumentException(describe() + ": sigTimeTolerance must be 0 (no check) or more, not "
                    + sigTimeTolerance);
        }
        if (isAcceptUnsigned()) {
            return;
        }
        if (callbackUrl == null || callbackUrl.isBlank()) {
            throw new IllegalArgumentException(describe() + ": the callbackUrl option is required: the CallbackURL"
                    + " given to createRtcAsrTask, exactly as given, since ASR-SIG is computed over it");
        }
        URI url;
        try {
            url = new URI(callbackUrl);
        } catch (URISyntaxException e) {
            url = null;
        }
        if (url == null || url.getHost() == null || !"http".equalsIgnoreCase(url.getScheme())
                && !"https".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException(describe() + ": invalid callbackUrl option '" + callbackUrl
                    + "': expected the absolute http(s) URL given to createRtcAsrTask as CallbackURL");
        }
        if (url.getRawPath() == null || !url.getRawPath().endsWith(getPath())) {
            LOG.warn("{}: the callbackUrl's path ({}) does not end with the consumer's path: check that Alibaba's"
                     + " posts reach this route", describe(), url.getRawPath());
        }
    }

    @Override
    protected String keyOption() {
        return "authKey";
    }

    @Override
    protected boolean hasKey() {
        return authKey != null && !authKey.isEmpty();
    }

    @Override
    protected CallbackAuthenticator authenticator() {
        return new AsrSignature(callbackUrl, authKey, sigTimeTolerance);
    }

    /**
     * The body as JSON, its TaskId as a header, and as de-duplication key the TaskId and the SHA-256 of the raw body:
     * Alibaba documents no id of a result, and a redelivery repeats the body (the signature, over SIG-TIME only, may
     * change).
     */
    @Override
    protected CallbackMessage read(JsonNode json, byte[] body, Message request) {
        String taskId = taskId(json);
        String key = (taskId == null ? "" : taskId + "|") + Crypto.sha256Hex(body);
        String sigTime = request.getHeader(AsrSignature.SIG_TIME, String.class);
        return new CallbackMessage(json, key).header(AliliveCallbacksConstants.TASK_ID, taskId)
                .header(AliliveCallbacksConstants.CALLBACK_TIME, isAcceptUnsigned() ? null : AsrSignature.millis(sigTime));
    }

    /** The first text or number field named TaskId (any case, or task_id) at the top level, else one level down. */
    static String taskId(JsonNode json) {
        String id = taskIdField(json);
        for (Iterator<JsonNode> it = json.elements(); id == null && it.hasNext();) {
            JsonNode child = it.next();
            if (child.isObject()) {
                id = taskIdField(child);
            }
        }
        return id;
    }

    private static String taskIdField(JsonNode object) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey().replace("_", "").toLowerCase(Locale.ROOT);
            if (name.equals("taskid") && field.getValue().isValueNode() && !field.getValue().isNull()) {
                return field.getValue().asText();
            }
        }
        return null;
    }

    public String getAuthKey() {
        return authKey;
    }

    public void setAuthKey(String authKey) {
        this.authKey = authKey;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public long getSigTimeTolerance() {
        return sigTimeTolerance;
    }

    public void setSigTimeTolerance(long sigTimeTolerance) {
        this.sigTimeTolerance = sigTimeTolerance;
    }
}
