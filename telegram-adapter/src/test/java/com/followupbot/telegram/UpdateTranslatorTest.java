package com.followupbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupbot.chat.ChatId;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.MessageRef;
import com.followupbot.chat.Platform;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

/** How Telegram's updates read in the core's terms. */
class UpdateTranslatorTest {

    private static final long GROUP = -100777L;
    private final ObjectMapper json = new ObjectMapper();
    private final UpdateTranslator translator = new UpdateTranslator(new BotIdentity(FakeBotApi.BOT_ID, FakeBotApi.BOT_USERNAME));
    private final TelegramUser paola = new TelegramUser(4242, "Paola", "it");

    @Test
    void aPrivateMessageIsTextFromATelegramUserWithTheirAppLanguage() throws Exception {
        Inbound.Text text = (Inbound.Text) translate(paola.says("met Anna at the expo")).orElseThrow();
        assertThat(text.chat()).isEqualTo(ChatId.privateChat("4242"));
        assertThat(text.text()).isEqualTo("met Anna at the expo");
        assertThat(text.from().platform()).isEqualTo(Platform.TELEGRAM);
        assertThat(text.from().platformUserId()).isEqualTo("4242");
        assertThat(text.from().displayName()).isEqualTo("Paola");
        assertThat(text.from().languageCode()).isEqualTo("it");
        assertThat(text.replyTo()).isNull();
    }

    @Test
    void aReplyToTheBotsMessageNamesIt() throws Exception {
        Inbound.Text text = (Inbound.Text) translate(paola.replies(321, "done")).orElseThrow();
        assertThat(text.replyTo()).isEqualTo(new MessageRef("4242", "321"));
    }

    @Test
    void commandsAddressedToThisBotOrNoneAreCommandsAndOthersAreDropped() throws Exception {
        Inbound.Command met = (Inbound.Command) translate(paola.saysInGroup(GROUP, "/met@FollowUpTestBot Anna at the expo"))
                .orElseThrow();
        assertThat(met.name()).isEqualTo("met");
        assertThat(met.args()).isEqualTo("Anna at the expo");
        assertThat(met.chat()).isEqualTo(ChatId.group(String.valueOf(GROUP)));
        assertThat(translate(paola.saysInGroup(GROUP, "/met@followuptestbot Anna"))).isPresent();
        assertThat(translate(paola.saysInGroup(GROUP, "/met@OtherBot Anna at the expo"))).isEmpty();
        Inbound.Command start = (Inbound.Command) translate(paola.says("/start abc_DEF-123")).orElseThrow();
        assertThat(start.name()).isEqualTo("start");
        assertThat(start.args()).isEqualTo("abc_DEF-123");
    }

    @Test
    void aButtonPressIsAPressWithItsTokenMessageAndCallbackId() throws Exception {
        ObjectNode update = paola.presses(4242, 555, "tok_123");
        Inbound.Press press = (Inbound.Press) translate(update).orElseThrow();
        assertThat(press.token()).isEqualTo("tok_123");
        assertThat(press.message()).isEqualTo(new MessageRef("4242", "555"));
        assertThat(press.ackId()).isEqualTo(update.get("callback_query").get("id").asText());
        assertThat(press.from().platformUserId()).isEqualTo("4242");
    }

    @Test
    void botsChannelsAndTextlessGroupMessagesAreNothingForTheCore() throws Exception {
        ObjectNode fromBot = paola.says("hello");
        ((ObjectNode) fromBot.get("message").get("from")).put("is_bot", true);
        assertThat(translate(fromBot)).isEmpty();
        ObjectNode channel = paola.says("news");
        ((ObjectNode) channel.get("message").get("chat")).put("type", "channel");
        assertThat(translate(channel)).isEmpty();
        ObjectNode sticker = paola.saysInGroup(GROUP, "x");
        ((ObjectNode) sticker.get("message")).remove("text");
        assertThat(translate(sticker)).isEmpty();
        ObjectNode privateSticker = paola.says("x");
        ((ObjectNode) privateSticker.get("message")).remove("text");
        assertThat(translate(privateSticker)).get().extracting(i -> ((Inbound.Text) i).text())
                .as("never silence in the private chat").isEqualTo("");
    }

    private Optional<Inbound> translate(ObjectNode update) throws Exception {
        return translator.translate(json.treeToValue(update, Update.class));
    }
}
