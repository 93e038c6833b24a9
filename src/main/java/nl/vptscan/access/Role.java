package nl.vptscan.access;

/** The user groups of vpt-scan. */
public enum Role {
    /** Manages users, organisations and regions; sees everything. */
    ADMIN,
    /** Works for one organisation: its self-assessments, plan and benchmark view. */
    EMPLOYER,
    /** Audits any organisation and reads the self-assessments of the organisations it audits. */
    INSPECTOR,
    /** Coordinates one VPT region: reads its members' results and the region benchmark. */
    REGION_COORDINATOR
}
