package dev.roster.resolution.carrier;

import java.util.List;

/**
 * What {@link CarrierParser#parse} found in one SQL text.
 *
 * @param findings       the carriers in statement order; within one statement, carriers in comments come before
 *                       the statement's own Initial SQL marker (which is only known complete at its end)
 * @param truncated      whether the text was longer than the scan limit, so carriers past it were not seen
 * @param statementCount how many {@code ;}-separated statements the scanned text held (an empty text is one)
 */
public record CarrierScan(List<CarrierFinding> findings, boolean truncated, int statementCount) {

    /** Copies the findings so that the scan is immutable. */
    public CarrierScan {
        findings = List.copyOf(findings);
    }
}
