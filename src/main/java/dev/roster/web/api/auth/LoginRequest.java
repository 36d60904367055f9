package dev.roster.web.api.auth;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoginRequest", example = "{\"username\":\"admin\",\"password\":\"…\"}")
public record LoginRequest(
        String username, @Schema(format = "password") String password) {

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + "]";
    }
}
