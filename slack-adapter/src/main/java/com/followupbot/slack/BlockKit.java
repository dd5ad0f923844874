package com.followupbot.slack;

import com.followupbot.chat.Button;
import com.followupbot.chat.HomeView;
import com.followupbot.chat.OutboundMessage;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The core's messages in Block Kit: the text in a plain_text section (never parsed as mrkdwn, so nothing
 * a user typed can format, link or mention), the context line (if any) in a context block under it, each
 * row of buttons in an actions block. A button's value
 * is the core's opaque token; its action_id only needs to be unique in the message. A private-chat
 * button links to the bot's Messages tab and carries its payload, which comes back as a start command.
 * Slack's limits are met by cutting with an ellipsis, never by refusing.
 */
final class BlockKit {

    static final int MAX_SECTION_TEXT = 3000;
    static final int MAX_BUTTON_TEXT = 75;
    static final int MAX_FALLBACK_TEXT = 3000;
    static final int MAX_ELEMENTS = 25;
    static final int MAX_MESSAGE_BLOCKS = 50;
    static final int MAX_VIEW_BLOCKS = 100;
    static final String ANSWER = "followup-answer-";
    static final String PRIVATE_CHAT = "followup-dm-";
    /** Every action id the adapter makes. */
    static final Pattern ACTION_IDS = Pattern.compile("followup-(answer|dm)-\\d+");

    private final String appId;

    BlockKit(String appId) {
        this.appId = appId;
    }

    List<LayoutBlock> message(String team, OutboundMessage message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        add(blocks, team, message, new AtomicInteger());
        return cap(blocks, MAX_MESSAGE_BLOCKS);
    }

    View home(String team, HomeView view) {
        List<LayoutBlock> blocks = new ArrayList<>();
        AtomicInteger ids = new AtomicInteger(); // unique across the whole view
        view.sections().forEach(section -> add(blocks, team, section, ids));
        return View.builder().type("home").blocks(cap(blocks, MAX_VIEW_BLOCKS)).build();
    }

    /** The notification text: Slack parses it for links and mentions, so &, < and > are escaped. */
    static String fallback(String text) {
        String cut = fit(text.isEmpty() ? "…" : text, MAX_FALLBACK_TEXT);
        return cut.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Texts past {@code max} characters are cut with an ellipsis, never inside a surrogate pair. */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private void add(List<LayoutBlock> blocks, String team, OutboundMessage message, AtomicInteger ids) {
        String text = message.text().isBlank() ? "…" : message.text();
        blocks.add(SectionBlock.builder().text(plain(fit(text, MAX_SECTION_TEXT))).build());
        if (message.hasContext()) {
            blocks.add(ContextBlock.builder().elements(List.of(plain(fit(message.context(), MAX_SECTION_TEXT)))).build());
        }
        for (List<Button> row : message.buttonRows()) {
            for (int from = 0; from < row.size(); from += MAX_ELEMENTS) {
                List<BlockElement> elements = row.subList(from, Math.min(row.size(), from + MAX_ELEMENTS)).stream()
                        .map(button -> element(team, button, ids.getAndIncrement())).toList();
                blocks.add(ActionsBlock.builder().elements(elements).build());
            }
        }
    }

    private BlockElement element(String team, Button button, int id) {
        ButtonElement.ButtonElementBuilder element = ButtonElement.builder().text(plain(fit(button.label(), MAX_BUTTON_TEXT)));
        if (!button.opensPrivateChat()) {
            return element.actionId(ANSWER + id).value(button.token()).build();
        }
        element.actionId(PRIVATE_CHAT + id);
        if (!button.privateChatPayload().isEmpty()) {
            element.value(button.privateChatPayload());
        }
        if (appId != null) {
            element.url("https://slack.com/app_redirect?app=" + appId + "&team=" + team);
        }
        return element.build();
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }

    private static List<LayoutBlock> cap(List<LayoutBlock> blocks, int max) {
        return blocks.size() <= max ? blocks : List.copyOf(blocks.subList(0, max));
    }
}
