package com.followupbot.capture.parsing;

import java.util.List;

/**
 * The tokens of a message seen through one lexicon: each token's key is looked up once and replaced by
 * the lexicon's integer word id (-1 for words the grammar does not know), so every later phrase match is
 * array indexing instead of string hashing.
 */
final class Words {
    final List<Token> tokens;
    final int[] ids;

    Words(Lexicon lx, List<Token> tokens) {
        this.tokens = tokens;
        this.ids = new int[tokens.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = lx.idOf(tokens.get(i).key());
        }
    }

    int size() {
        return ids.length;
    }

    Token get(int i) {
        return tokens.get(i);
    }
}
