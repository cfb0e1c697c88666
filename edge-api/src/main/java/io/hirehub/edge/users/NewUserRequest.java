package io.hirehub.edge.users;

/**
 * {@code POST /v1/users}: registers the token's subject as a HireHub user.
 *
 * @param email    the account's email; defaults to the token's {@code email} claim
 * @param userType {@code jobseeker} or {@code company}
 */
public record NewUserRequest(String email, String userType) {}
