package nl.vptscan.access;

/** Who makes a request, as the audit trail records it: the logged-in user's name, or "anonymous". */
public record Actor(String name) {

    public static final Actor ANONYMOUS = new Actor("anonymous");
}
