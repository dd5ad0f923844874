package com.followupbot.app;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.Platform;
import com.followupbot.chat.SendLimits;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A platform's port that counts what leaves through it and every refusal by reason. It sits under the
 * core's pacing (it is the port the core paces), so each 429 the platform answers is counted once; every
 * other call, {@link #sendLimits} above all, is the platform's own.
 */
final class MeteredChatPort implements ChatPort {

    private final ChatPort port;
    private final String platform;
    private final OpsMetrics metrics;

    MeteredChatPort(ChatPort port, String platform, OpsMetrics metrics) {
        this.port = port;
        this.platform = platform;
        this.metrics = metrics;
    }

    /** Names a port by the one real platform it serves; the console's port serves anyone. */
    static String platformOf(ChatPort port) {
        List<Platform> served = Arrays.stream(new Platform[] {Platform.TELEGRAM, Platform.SLACK}).filter(port::serves).toList();
        return served.size() == 1 ? OpsMetrics.label(served.get(0)) : OpsMetrics.label(Platform.CONSOLE);
    }

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        return counted("message", () -> port.send(chat, message));
    }

    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        return counted("file", () -> port.sendFile(chat, file));
    }

    @Override
    public void sendTo(ChatId chat, ChatUser reader, OutboundMessage message) {
        counted("message", () -> {
            port.sendTo(chat, reader, message);
            return null;
        });
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        counted("edit", () -> {
            port.edit(message, replacement);
            return null;
        });
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        port.acknowledge(press, text);
    }

    @Override
    public boolean owns(String chatId) {
        return port.owns(chatId);
    }

    @Override
    public boolean serves(Platform platform) {
        return port.serves(platform);
    }

    @Override
    public boolean showsHome() {
        return port.showsHome();
    }

    @Override
    public void showHome(ChatUser user, HomeView view) {
        port.showHome(user, view);
    }

    @Override
    public Optional<SendLimits> sendLimits() {
        return port.sendLimits();
    }

    @Override
    public Optional<ChatId> openPrivateChat(ChatUser user) {
        return port.openPrivateChat(user);
    }

    private <T> T counted(String kind, Supplier<T> call) {
        try {
            T result = call.get();
            metrics.sent(platform, kind);
            return result;
        } catch (DeliveryException e) {
            metrics.failed(platform, e);
            throw e;
        }
    }
}
