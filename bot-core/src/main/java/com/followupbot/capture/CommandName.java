package com.followupbot.capture;

/** The commands the bot understands, in any language and with or without a slash. */
public enum CommandName {
    HELP, TODAY, UPCOMING, CONTACTS, WHO, FORGET, UNDO, SETTINGS, FIX, LINK, UNLINK, REFERRALS, CHAPTER, STATS, SLIPS,
    /** "my ask: facility managers of hotels in Milan": whom the user wants to meet; alone, shows it. */
    ASK,
    /** "export", "esporta": the user's data as a CSV and their contacts as a vCard file. */
    EXPORT,
    /** "import", "importa": how to send a contacts file (the file itself comes as an upload). */
    IMPORT,
    /** "delete my data", "cancella i miei dati": every row of the user removed, after a confirmation. */
    DELETE_DATA
}
