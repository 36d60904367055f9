package dev.roster.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transactional method again when the database aborted its transaction to resolve a conflict with
 * another one (a deadlock, a serialization failure, a lock timeout): see {@link ConflictRetryInterceptor}.
 * Put it on beans whose methods are whole transactions ({@code @Transactional}), never on methods that run
 * inside a caller's transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnConflict {}
