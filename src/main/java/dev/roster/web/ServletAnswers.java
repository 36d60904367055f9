package dev.roster.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Writing a whole answer from a plain servlet (one that bypasses JAX-RS): status, UTF-8 type, length, body. */
public final class ServletAnswers {

    private ServletAnswers() {}

    /** @param mediaType without charset: UTF-8 is added */
    public static void write(HttpServletResponse response, int status, String mediaType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(mediaType + ";charset=UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
