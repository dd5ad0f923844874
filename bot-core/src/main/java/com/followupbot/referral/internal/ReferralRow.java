package com.followupbot.referral.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A referral row as stored: enums as their database text. */
public record ReferralRow(long userId, long id, UUID referralKey, String side, Long partnerUserId, String partnerName,
                          String prospectName, String prospectCompany, String prospectRole, String prospectEmail,
                          String prospectPhone, String prospectLinkedin, String need, String temperature, String status,
                          BigDecimal amount, String currency, String rawText, String language, int checksSent,
                          Instant nextCheckAt, String noticeChatId, String noticeMessageId, Instant createdAt,
                          Instant closedAt) {
}
