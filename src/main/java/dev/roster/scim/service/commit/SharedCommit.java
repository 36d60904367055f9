package dev.roster.scim.service.commit;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write that may share its transaction, and so its commit, with the writes of other requests that
 * arrive at the same time (a group commit): see {@link SharedCommitInterceptor}. Only for methods that are
 * whole transactions ({@code @Transactional}, {@code @RetryOnConflict}) and whose only effects are on the
 * database, because a shared transaction that fails runs each of its writes again on its own.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SharedCommit {}
