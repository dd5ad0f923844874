package com.followupbot.chat;

import java.util.List;
import java.util.Optional;

/**
 * Several platforms in one bot (Telegram on the phone, Slack at work): each message goes to the port
 * that owns its chat, each press, home screen or private chat to the port that serves the user's
 * platform. Every port keeps its own pacing; this one only routes.
 */
public final class RoutingChatPort implements ChatPort {

    private final List<ChatPort> ports;

    public RoutingChatPort(List<ChatPort> ports) {
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("at least one platform");
        }
        this.ports = List.copyOf(ports);
    }

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        return owner(chat.value()).send(chat, message);
    }

    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        return owner(chat.value()).sendFile(chat, file);
    }

    @Override
    public void sendTo(ChatId chat, ChatUser reader, OutboundMessage message) {
        owner(chat.value()).sendTo(chat, reader, message);
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        owner(message.chatId()).edit(message, replacement);
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        server(press.from().platform()).acknowledge(press, text);
    }

    @Override
    public boolean owns(String chatId) {
        return ports.stream().anyMatch(p -> p.owns(chatId));
    }

    @Override
    public boolean serves(Platform platform) {
        return ports.stream().anyMatch(p -> p.serves(platform));
    }

    @Override
    public boolean showsHome() {
        return ports.stream().anyMatch(ChatPort::showsHome);
    }

    @Override
    public void showHome(ChatUser user, HomeView view) {
        ChatPort port = server(user.platform());
        if (port.showsHome()) {
            port.showHome(user, view);
        }
    }

    @Override
    public Optional<ChatId> openPrivateChat(ChatUser user) {
        return server(user.platform()).openPrivateChat(user);
    }

    /** Routed ports are paced one by one, each against its own limits: there are none for the whole. */
    @Override
    public Optional<SendLimits> sendLimits() {
        return Optional.empty();
    }

    private ChatPort owner(String chatId) {
        return ports.stream().filter(p -> p.owns(chatId)).findFirst()
                .orElseThrow(() -> new DeliveryException(DeliveryException.Reason.REJECTED, "no platform owns this chat"));
    }

    private ChatPort server(Platform platform) {
        return ports.stream().filter(p -> p.serves(platform)).findFirst().orElse(ports.get(0));
    }
}
