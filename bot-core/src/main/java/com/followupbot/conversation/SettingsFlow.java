package com.followupbot.conversation;

import com.followupbot.Transactions;
import com.followupbot.capture.SettingChange;
import com.followupbot.capture.SettingsReader;
import com.followupbot.chat.ChatId;
import com.followupbot.user.Language;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;
import com.followupbot.user.WorkingHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Shows and changes a user's zone, language, working hours and days, and morning agenda time. */
public final class SettingsFlow {

    /** A trade is a few words ("web designer", "commercialista"), not a profile. */
    private static final int MAX_TRADE = 80;

    private final Transactions transactions;
    private final UserActions journal;
    private final UserDirectory users;
    private final SettingsReader reader;
    private final Buttons buttons;
    private final Replies replies;

    SettingsFlow(Transactions transactions, UserActions journal, UserDirectory users, SettingsReader reader,
                 Buttons buttons, Replies replies) {
        this.transactions = transactions;
        this.journal = journal;
        this.users = users;
        this.reader = reader;
        this.buttons = buttons;
        this.replies = replies;
    }

    public void handle(User user, ChatId chat, String args) {
        Optional<SettingChange> change = args.isBlank() ? Optional.empty() : reader.read(args);
        if (change.isEmpty()) {
            show(user, chat, args.isBlank() ? null : "settings.unknown");
            return;
        }
        if (change.get().setting() == SettingChange.Setting.LEADERBOARD) {
            leaderboard(user, chat, change.get());
            return;
        }
        if (change.get().setting() == SettingChange.Setting.TRADE) {
            trade(user, chat, change.get());
            return;
        }
        try {
            User updated = journaled(user, () -> apply(user, change.get()));
            show(updated, chat, "settings.saved");
        } catch (DateTimeException | IllegalArgumentException e) {
            replies.say(user, chat, "settings.invalid." + change.get().setting(), "value", change.get().value());
        }
    }

    /** "settings leaderboard on": the chapter digest names the user with their week. */
    private void leaderboard(User user, ChatId chat, SettingChange change) {
        if (!change.off() && !reader.isOn(change.value())) {
            replies.say(user, chat, "settings.invalid.LEADERBOARD", "value", change.value());
            return;
        }
        boolean on = !change.off();
        transactions.inOne(() -> {
            journal.record(user.id(), new UserAction.LeaderboardChanged(users.onLeaderboard(user)));
            users.setLeaderboard(user, on);
        });
        replies.say(user, chat, on ? "settings.leaderboard.on" : "settings.leaderboard.off");
    }

    /** "settings trade web designer": what the user does, so chapter members' needs can be matched to it. */
    private void trade(User user, ChatId chat, SettingChange change) {
        String trade = change.off() || change.value().isBlank() ? null : change.value().strip();
        if (trade != null && trade.length() > MAX_TRADE) {
            replies.say(user, chat, "settings.invalid.TRADE", "max", MAX_TRADE);
            return;
        }
        transactions.inOne(() -> {
            journal.record(user.id(), new UserAction.TradeChanged(users.trade(user)));
            users.setTrade(user, trade);
        });
        replies.say(user, chat, trade == null ? "settings.trade.cleared" : "settings.trade.saved", "trade", trade);
    }

    public void chooseLanguage(User user, ChatId chat, Language language) {
        show(journaled(user, () -> users.chooseLanguage(user, language)), chat, "settings.saved");
    }

    /** A change and its journal entry, so that "undo" can put the settings back. */
    private User journaled(User before, java.util.function.Supplier<User> change) {
        return transactions.inOne(() -> {
            User updated = change.get();
            journal.record(before.id(), new UserAction.SettingsChanged(before));
            return updated;
        });
    }

    private User apply(User user, SettingChange change) {
        return switch (change.setting()) {
            case ZONE -> users.changeZone(user, zone(change.value()));
            case LANGUAGE -> users.chooseLanguage(user, reader.language(change.value())
                    .orElseThrow(() -> new IllegalArgumentException(change.value())));
            case HOURS -> users.changeWorkingHours(user, hours(change.value(), user.workingHours().days()));
            case DAYS -> users.changeWorkingHours(user, new WorkingHours(user.workingHours().start(),
                    user.workingHours().end(), days(change.value())));
            case AGENDA -> users.changeAgendaTime(user, change.off() ? null : time(change.value()));
            case LEADERBOARD, TRADE -> throw new IllegalStateException("the leaderboard is not a setting of the user record");
            case PLATFORM -> users.choosePlatform(user, reader.platform(change.value())
                    .map(p -> p.equals("LAST") ? null : com.followupbot.chat.Platform.valueOf(p))
                    .orElseThrow(() -> new IllegalArgumentException(change.value())));
        };
    }

    private void show(User user, ChatId chat, String headKey) {
        WorkingHours hours = user.workingHours();
        String text = (headKey == null ? "" : replies.text(user, headKey) + "\n") + replies.text(user, "settings.show",
                "zone", user.zone().getId(), "language", replies.text(user, "language.name"),
                "hours", hours.start() + "–" + hours.end(), "days", days(user.speaks(), hours.days()),
                "agenda", user.agendaTime() == null ? replies.text(user, "settings.agendaOff") : user.agendaTime().toString());
        replies.send(chat, text, List.of(List.of(
                buttons.make(user.id(), "English", ButtonAction.LANGUAGE, null, "en"),
                buttons.make(user.id(), "Italiano", ButtonAction.LANGUAGE, null, "it"))));
    }

    static ZoneId zone(String value) {
        String v = value.strip().replace(' ', '_');
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            return ZoneId.getAvailableZoneIds().stream().filter(id -> id.toLowerCase(Locale.ROOT)
                    .endsWith("/" + v.toLowerCase(Locale.ROOT))).findFirst().map(ZoneId::of).orElseThrow(() -> e);
        }
    }

    private static WorkingHours hours(String value, Set<DayOfWeek> days) {
        String[] parts = value.replace(" ", "").split("[-–—]");
        if (parts.length != 2) {
            throw new IllegalArgumentException(value);
        }
        return new WorkingHours(time(parts[0]), time(parts[1]), days);
    }

    static LocalTime time(String value) {
        String[] p = value.strip().split("[:.h]");
        return LocalTime.of(Integer.parseInt(p[0]), p.length > 1 && !p[1].isEmpty() ? Integer.parseInt(p[1]) : 0);
    }

    /** "mon-fri", "lun-sab", "mon,tue,thu". */
    private static Set<DayOfWeek> days(String value) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : value.toLowerCase(Locale.ROOT).replace(" ", "").split(",")) {
            String[] range = part.split("[-–—]");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = day(range[range.length - 1]);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String prefix) {
        for (DayOfWeek d : DayOfWeek.values()) {
            for (Language l : Language.values()) {
                if (prefix.length() >= 2 && d.getDisplayName(TextStyle.FULL, l.locale()).toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private static String days(Language language, Set<DayOfWeek> days) {
        return days.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, language.locale()))
                .reduce((a, b) -> a + ", " + b).orElse("");
    }
}
