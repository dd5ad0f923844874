package com.followupbot.conversation;

import com.followupbot.chat.ChatId;
import com.followupbot.chat.ChatUser;
import com.followupbot.user.Links;
import com.followupbot.user.User;
import com.followupbot.user.UserDirectory;

/**
 * "link": a one-time code to type on the other platform; "link CODE" there joins the two, one contact list;
 * "unlink": this platform starts afresh. Where prompts go is a setting ("settings platform slack").
 */
final class LinkFlow {

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9]{6}");

    private final Links links;
    private final UserDirectory users;
    private final Replies replies;

    LinkFlow(Links links, UserDirectory users, Replies replies) {
        this.links = links;
        this.users = users;
        this.replies = replies;
    }

    void link(User user, ChatUser who, ChatId chat, String args) {
        if (args.isBlank()) {
            replies.say(user, chat, "link.code", "code", links.issueCode(user), "minutes", Links.CODE_LIFETIME.toMinutes());
            return;
        }
        if (!CODE.matcher(args.strip()).matches()) {
            replies.say(user, chat, "link.howTo");
            return;
        }
        switch (links.link(who, args)) {
            case LINKED -> replies.say(users.of(who).orElse(user), chat, "link.done"); // in the joined user's language
            case ALREADY_LINKED -> replies.say(user, chat, "link.already");
            case UNKNOWN_CODE -> replies.say(user, chat, "link.badCode");
        }
    }

    void unlink(User user, ChatUser who, ChatId chat) {
        replies.say(user, chat, links.unlink(who) ? "unlink.done" : "unlink.only");
    }
}
