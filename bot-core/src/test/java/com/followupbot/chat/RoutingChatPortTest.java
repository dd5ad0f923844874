package com.followupbot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.testing.RecordingChatPort;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With two platforms in one bot, a file goes where a message to the same chat would go. */
class RoutingChatPortTest {

    private final RecordingChatPort telegram = new RecordingChatPort("t").asPlatform(Platform.TELEGRAM, id -> id.matches("-?\\d+"));
    private final RecordingChatPort slack = new RecordingChatPort("s").asPlatform(Platform.SLACK, id -> id.contains(":"));
    private final RoutingChatPort port = new RoutingChatPort(List.of(telegram, slack));

    @Test
    void aFileGoesToThePlatformThatOwnsTheChat() {
        OutboundFile chart = OutboundFile.png("stats-2026-03.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "March");
        OutboundFile slips = OutboundFile.csv("slips.csv", "a,b\n".getBytes(StandardCharsets.UTF_8), "");

        MessageRef toSlack = port.sendFile(ChatId.privateChat("T024:D456"), chart);
        MessageRef toTelegram = port.sendFile(ChatId.privateChat("7070"), slips);

        RecordingChatPort.SentFile onSlack = slack.pollSentFile();
        assertThat(onSlack.ref()).isEqualTo(toSlack);
        assertThat(onSlack.fileName()).isEqualTo("stats-2026-03.png");
        assertThat(onSlack.mediaType()).isEqualTo("image/png");
        assertThat(onSlack.bytes()).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(onSlack.caption()).isEqualTo("March");
        assertThat(slack.pollSentFile()).isNull();

        assertThat(telegram.files()).singleElement().satisfies(sent -> {
            assertThat(sent.ref()).isEqualTo(toTelegram);
            assertThat(sent.fileName()).isEqualTo("slips.csv");
            assertThat(sent.caption()).isEmpty();
        });
        assertThat(telegram.pollSent()).as("a file is not a message").isNull();
    }

    @Test
    void aFileForAChatNoPlatformOwnsIsRefused() {
        assertThatThrownBy(() -> port.sendFile(ChatId.privateChat("console"), OutboundFile.csv("slips.csv", new byte[] {1}, "")))
                .isInstanceOfSatisfying(DeliveryException.class,
                        e -> assertThat(e.reason()).isEqualTo(DeliveryException.Reason.REJECTED));
    }
}
