package dev.camelrtc.examples.pipeline;

/** Brokers that run elsewhere: the pipeline only connects to them. */
public record ExternalBrokers(String kafkaBootstrap, String jmsUrl) implements Brokers {

    @Override
    public String describe() {
        return "Kafka at " + kafkaBootstrap + ", JMS at " + jmsUrl;
    }
}
