package dev.roster.resolution.carrier;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders findings as short, stable text ({@code TABLEAU_ENDUSER@0 user=jdoe domain=CORP}) so that tests can
 * state the expected findings of a SQL text in one line of a table. {@code @n} is the statement index;
 * unattributed findings show their reason code instead of values.
 */
final class FindingText {

    private FindingText() {}

    static List<String> describe(List<CarrierFinding> findings) {
        return findings.stream().map(FindingText::describe).collect(Collectors.toList());
    }

    static String describe(CarrierFinding finding) {
        StringBuilder text =
                new StringBuilder(finding.kind().name()).append('@').append(finding.statementIndex());
        if (finding instanceof UnattributedFinding unattributed) {
            text.append(' ').append(unattributed.reason().code());
        } else if (finding instanceof LookerContextFinding looker) {
            text.append(" userId=").append(looker.userId());
            looker.historySlug().ifPresent(slug -> text.append(" historySlug=").append(slug));
            looker.historyId().ifPresent(id -> text.append(" historyId=").append(id));
            looker.instanceSlug()
                    .ifPresent(slug -> text.append(" instanceSlug=").append(slug));
        } else if (finding instanceof EmailFinding email) {
            text.append(" email=").append(email.email());
        } else if (finding instanceof TableauUserFinding user) {
            text.append(" user=").append(user.userName());
            user.domain().ifPresent(domain -> text.append(" domain=").append(domain));
        } else if (finding instanceof CustomContextFinding custom) {
            text.append(" user=").append(custom.user());
            custom.userGroup().ifPresent(group -> text.append(" userGroup=").append(group));
            custom.serviceName()
                    .ifPresent(service -> text.append(" serviceName=").append(service));
            if (!custom.attributes().isEmpty()) {
                text.append(" attributes=").append(custom.attributes());
            }
        }
        return text.toString();
    }
}
