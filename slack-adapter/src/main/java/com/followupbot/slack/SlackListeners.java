package com.followupbot.slack;

import com.followupbot.FollowUpBot;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.InboundEvent;
import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's listeners for what users do ({@link LifecycleListeners} has the App Home and uninstalls). Each acks
 * at once (Slack wants an answer within 3 s, and a click must not wait for the core) and hands the work to
 * the user's lane, where the payload is translated and given to the bot under its key: the event_id for
 * Events API events, so a retry of one already handled is dropped while one never handled still is; the
 * trigger_id for commands, clicks and shortcuts (one without is handled unkeyed). A command without a user,
 * team or channel has nobody to answer: acked and dropped.
 */
final class SlackListeners {

    private static final Logger log = LoggerFactory.getLogger(SlackListeners.class);
    private static final Pattern ANYTHING = Pattern.compile(".*");

    private final FollowUpBot bot;
    private final EventTranslator events;
    private final InteractionTranslator interactions;
    private final SlackIdentity me;
    private final WorkLanes lanes;

    SlackListeners(FollowUpBot bot, EventTranslator events, InteractionTranslator interactions, SlackIdentity me,
                   WorkLanes lanes) {
        this.bot = bot;
        this.events = events;
        this.interactions = interactions;
        this.me = me;
        this.lanes = lanes;
    }

    void register(App app) {
        app.event(MessageEvent.class, (p, ctx) -> {
            if (incomplete(p)) {
                return ctx.ack();
            }
            handle(p.getTeamId(), p.getEvent().getUser(), "message", eventKey(p),
                    () -> events.directMessage(p.getTeamId(), p.getEvent()));
            return ctx.ack();
        });
        app.event(MessageFileShareEvent.class, (p, ctx) -> {
            if (incomplete(p)) {
                return ctx.ack();
            }
            InboundEvent event = eventKey(p);
            lanes.submit(SlackIds.of(p.getTeamId(), String.valueOf(p.getEvent().getUser())), "file", () -> {
                // downloaded in the user's lane, not before the ack; each file is its own event (the first keeps
                // the share's id), so a repeat of the share imports none of them twice
                List<Inbound> uploads = events.fileShare(p.getTeamId(), p.getEvent());
                for (int i = 0; i < uploads.size(); i++) {
                    InboundEvent file = i == 0 ? event : InboundEvent.of(event.source(), event.key() + "#" + (i + 1));
                    if (!bot.handle(file, uploads.get(i))) {
                        log.debug("Slack file {} was handled already", file.key());
                    }
                }
            });
            return ctx.ack();
        });
        app.event(AppMentionEvent.class, (p, ctx) -> {
            if (incomplete(p)) {
                return ctx.ack();
            }
            handle(p.getTeamId(), p.getEvent().getUser(), "mention", eventKey(p),
                    () -> events.mention(p.getTeamId(), botUser(p), p.getEvent()));
            return ctx.ack();
        });
        app.command(ANYTHING, (req, ctx) -> {
            var command = req.getPayload();
            if (blank(command.getTeamId()) || blank(command.getUserId()) || blank(command.getChannelId())) {
                log.warn("dropped a Slack command without a team, user or channel: nobody to answer, nothing to store");
                return ctx.ack();
            }
            handle(command.getTeamId(), command.getUserId(), "command", key(command.getTeamId(), "command", command.getTriggerId()),
                    () -> Optional.of(interactions.command(command)));
            return ctx.ack(); // empty: the answer comes from the core, in the DM or ephemerally
        });
        app.blockAction(ANYTHING, (req, ctx) -> {
            var click = req.getPayload();
            String team = click.getTeam() == null ? "" : click.getTeam().getId();
            String trigger = click.getTriggerId() != null ? click.getTriggerId() : actionTs(click.getActions());
            handle(team, click.getUser() == null ? null : click.getUser().getId(), "click", key(team, "action", trigger),
                    () -> interactions.click(click));
            return ctx.ack();
        });
        app.messageShortcut(ANYTHING, (req, ctx) -> {
            var shortcut = req.getPayload();
            String team = shortcut.getTeam() == null ? "" : shortcut.getTeam().getId();
            handle(team, shortcut.getUser() == null ? null : shortcut.getUser().getId(), "shortcut",
                    key(team, "shortcut", shortcut.getTriggerId()), () -> interactions.shortcut(shortcut));
            return ctx.ack();
        });
    }

    private void handle(String team, String user, String what, InboundEvent event, Supplier<Optional<Inbound>> translation) {
        lanes.submit(SlackIds.of(team, String.valueOf(user)), what, () -> translation.get().ifPresent(inbound -> {
            if (event == null) {
                bot.handle(inbound); // nothing to tell a repeat by; Slack never repeats a command or a click
            } else if (!bot.handle(event, inbound)) {
                log.debug("Slack {} {} was handled already", what, event.key());
            }
        }));
    }

    /** The bot's user in the event's workspace: every event lists who it was delivered for. */
    private String botUser(EventsApiPayload<?> payload) {
        if (payload.getAuthorizations() != null) {
            for (Authorization authorization : payload.getAuthorizations()) {
                if (Boolean.TRUE.equals(authorization.getIsBot()) && authorization.getUserId() != null) {
                    return authorization.getUserId();
                }
            }
        }
        return payload.getTeamId() != null && payload.getTeamId().equals(me.teamId()) ? me.botUserId() : null;
    }

    /**
     * Slack gives every event an id, a team and a body: without them it is not an event Slack sent (a
     * signed request of the wrong shape), acknowledged and dropped rather than failing with 500 and being
     * retried.
     */
    private static boolean incomplete(EventsApiPayload<?> payload) {
        boolean incomplete = payload.getEventId() == null || payload.getTeamId() == null || payload.getEvent() == null;
        if (incomplete) {
            log.warn("dropped a Slack event without an event id, team or body");
        }
        return incomplete;
    }

    private static InboundEvent eventKey(EventsApiPayload<?> payload) {
        return InboundEvent.of(SlackIdentity.source(payload.getTeamId()), payload.getEventId());
    }

    /** Null without an id: one key for every such request would make each after the first a "repeat". */
    private static InboundEvent key(String team, String kind, String id) {
        return blank(id) ? null : InboundEvent.of(SlackIdentity.source(team), kind + ":" + id);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String actionTs(List<BlockActionPayload.Action> actions) {
        return actions == null || actions.isEmpty() ? "none" : actions.get(0).getActionTs();
    }
}
