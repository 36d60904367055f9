package dev.roster.web.auth.session;

/**
 * The session cookie's name and attributes. HttpOnly (scripts never see it; the console reads the CSRF
 * token from the sign-in answer instead), SameSite=Strict (never sent on cross-site requests), and Secure
 * when Roster is served over HTTPS, where it also takes the {@code __Host-} prefix, which browsers only
 * accept from a secure origin, with Path=/ and no Domain: no sibling subdomain can plant or overwrite it.
 * No Max-Age: it is a browser-session cookie, and the server enforces the real lifetime.
 */
public final class SessionCookies {

    static final String SECURE_NAME = "__Host-roster-session";
    static final String PLAIN_NAME = "roster-session";

    private final boolean secure;

    public SessionCookies(boolean secure) {
        this.secure = secure;
    }

    public String name() {
        return secure ? SECURE_NAME : PLAIN_NAME;
    }

    /** A {@code Set-Cookie} header value carrying the token. */
    public String set(String token) {
        return name() + "=" + token + attributes();
    }

    /** A {@code Set-Cookie} header value that makes the browser drop the cookie. */
    public String clear() {
        return name() + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" + attributes();
    }

    private String attributes() {
        return "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
