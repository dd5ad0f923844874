package com.followupbot.pacing;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatPort;
import com.followupbot.chat.ChatUser;
import com.followupbot.chat.DeliveryException;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.OutboundFile;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.chat.SendLimits;
import com.followupbot.inbound.DatabaseOutage;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the platform's port so that every message, file and edit waits for its slot under the platform's
 * limits, whichever instance sends it. A short "retry after" (429) is waited out and retried, and a
 * network failure is retried with a growing pause; anything longer goes back to the caller (the
 * dispatcher then retries the prompt later, so nothing is lost). Acknowledgements are not messages
 * and go straight through: a press must be answered at once.
 */
public final class PacedChatPort implements ChatPort {

    private static final Logger log = LoggerFactory.getLogger(PacedChatPort.class);
    static final int MAX_ATTEMPTS = 4;
    static final Duration LONGEST_INLINE_WAIT = Duration.ofSeconds(5);
    static final Duration FIRST_NETWORK_RETRY = Duration.ofMillis(250);

    private final ChatPort platform;
    private final SendPacer pacer;
    private final Pause pause;

    public PacedChatPort(ChatPort platform, SendPacer pacer, Pause pause) {
        this.platform = platform;
        this.pacer = pacer;
        this.pause = pause;
    }

    @Override
    public MessageRef send(ChatId chat, OutboundMessage message) {
        return paced(chat.value(), chat.isPrivate(), () -> platform.send(chat, message));
    }

    /** A file is a message to the platform's limits: it takes a slot in the chat and overall like any send. */
    @Override
    public MessageRef sendFile(ChatId chat, OutboundFile file) {
        return paced(chat.value(), chat.isPrivate(), () -> platform.sendFile(chat, file));
    }

    @Override
    public void sendTo(ChatId chat, ChatUser reader, OutboundMessage message) {
        paced(chat.value(), chat.isPrivate(), () -> {
            platform.sendTo(chat, reader, message);
            return null;
        });
    }

    @Override
    public void edit(MessageRef message, OutboundMessage replacement) {
        // The bot only puts buttons, and so edits, in private chats.
        paced(message.chatId(), true, () -> {
            platform.edit(message, replacement);
            return message;
        });
    }

    @Override
    public void acknowledge(Inbound.Press press, String text) {
        platform.acknowledge(press, text);
    }

    @Override
    public boolean owns(String chatId) {
        return platform.owns(chatId);
    }

    @Override
    public boolean serves(com.followupbot.chat.Platform served) {
        return platform.serves(served);
    }

    @Override
    public boolean showsHome() {
        return platform.showsHome();
    }

    @Override
    public void showHome(ChatUser user, HomeView view) {
        platform.showHome(user, view); // not a message: no chat rate applies
    }

    @Override
    public Optional<SendLimits> sendLimits() {
        return platform.sendLimits();
    }

    @Override
    public Optional<ChatId> openPrivateChat(ChatUser user) {
        return platform.openPrivateChat(user);
    }

    private MessageRef paced(String chatId, boolean isPrivate, Supplier<MessageRef> call) {
        for (int attempt = 1; ; attempt++) {
            SendPacer.Slot slot;
            try {
                waitFor(pacer.reserveChat(chatId, isPrivate));
                slot = pacer.reserveOverall(chatId);
            } catch (RuntimeException e) {
                if (!DatabaseOutage.explains(e)) {
                    throw e;
                }
                // the pace lives in the database, which is away: a reply the user waits for (a turn's, after
                // its commit) goes out unpaced rather than not at all; one message cannot flood the platform,
                // and a 429 would say so. Nothing else sends while the database is away: prompts need it first.
                log.warn("pacing unavailable (the database is away): one message sent unpaced");
                return call.get();
            }
            waitFor(slot.delay());
            MessageRef sent;
            try {
                sent = call.get();
            } catch (DeliveryException e) {
                sent(chatId, isPrivate, slot); // a refused request counts against the limits all the same
                boolean flooded = e.reason() == DeliveryException.Reason.RATE_LIMITED;
                if (flooded) {
                    // every instance holds back from this chat, and our own next reservation waits it out
                    pacer.backOff(chatId, e.retryAfter() == null ? Duration.ofSeconds(1) : e.retryAfter());
                }
                Duration retryIn = retryIn(e, attempt);
                if (retryIn == null) {
                    throw e;
                }
                log.info("send to a chat failed ({}); retry {} in {} ms", e.reason(), attempt, retryIn.toMillis());
                if (!flooded) {
                    waitFor(retryIn);
                }
                continue;
            } catch (RuntimeException e) {
                sent(chatId, isPrivate, slot); // the reservation is over all the same
                throw e;
            }
            sent(chatId, isPrivate, slot);
            return sent;
        }
    }

    /** Records the answer for the pace; the database going away meanwhile must not turn a delivered send into a failure. */
    private void sent(String chatId, boolean isPrivate, SendPacer.Slot slot) {
        try {
            pacer.sent(chatId, isPrivate, slot);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.explains(e)) {
                throw e;
            }
            log.warn("pacing unavailable (the database is away): a send's answer not recorded");
        }
    }

    /** How long to wait before trying again, or null to give up and let the caller decide. */
    private static Duration retryIn(DeliveryException e, int attempt) {
        if (attempt >= MAX_ATTEMPTS) {
            return null;
        }
        return switch (e.reason()) {
            case RATE_LIMITED -> {
                Duration after = e.retryAfter() == null ? Duration.ofSeconds(1) : e.retryAfter();
                yield after.compareTo(LONGEST_INLINE_WAIT) <= 0 ? after : null;
            }
            // the platform said not to try again soon (a revoked token): retrying inline would only hammer it
            case UNREACHABLE -> e.retryAfter() != null && e.retryAfter().compareTo(LONGEST_INLINE_WAIT) > 0 ? null
                    : FIRST_NETWORK_RETRY.multipliedBy(1L << (attempt - 1));
            case BLOCKED_BY_USER, REJECTED -> null;
        };
    }

    private void waitFor(Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(DeliveryException.Reason.UNREACHABLE, "interrupted while pacing", null, e);
        }
    }
}
