package com.followupbot.inbound;

import com.followupbot.chat.ChatPort;
import com.followupbot.chat.Inbound;
import com.followupbot.chat.OutboundMessage;
import com.followupbot.i18n.Texts;
import com.followupbot.user.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the sender that their message is kept until the database is back. Reads nothing from the
 * database (the user's chosen language is there, out of reach): it speaks the platform's language
 * hint, else English, and goes straight to the platform's port, unpaced, since the pacing is kept in
 * the database too.
 */
public final class OutageNotice {

    static final String KEY = "error.databaseAway";
    private static final Logger log = LoggerFactory.getLogger(OutageNotice.class);

    private final ChatPort chat;
    private final Texts texts;

    public OutageNotice(ChatPort chat, Texts texts) {
        this.chat = chat;
        this.texts = texts;
    }

    public void tell(Inbound inbound) {
        Language language = Language.fromCode(inbound.from().languageCode());
        OutboundMessage notice = OutboundMessage.text(texts.get(language == null ? Language.EN : language, KEY));
        try {
            if (inbound instanceof Inbound.Press press) {
                chat.acknowledge(press, null); // stop the button's spinner now; the replay cannot any more
            }
            if (inbound.chat().isPrivate()) {
                chat.send(inbound.chat(), notice);
            } else {
                chat.sendTo(inbound.chat(), inbound.from(), notice);
            }
        } catch (RuntimeException e) {
            log.warn("Could not tell {} user {} that their message is kept: {}", inbound.from().platform(),
                    inbound.from().platformUserId(), e.toString());
        }
    }
}
