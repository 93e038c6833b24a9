package nl.vptscan.campaign;

/** Where a member stands in a campaign; OVERDUE once the due date has passed without a submission. */
public enum MemberState {
    NOT_STARTED, DRAFT, SUBMITTED, OVERDUE
}
