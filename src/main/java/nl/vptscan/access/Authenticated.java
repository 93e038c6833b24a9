package nl.vptscan.access;

/** A successful login: the caller, and the user id and token generation its token carries. */
record Authenticated(Caller caller, long userId, long generation) {
}
