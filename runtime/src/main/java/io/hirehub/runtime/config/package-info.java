/**
 * {@link io.hirehub.runtime.config.ConfigKey}: how every module declares a configuration key it reads,
 * once (name, default, meaning, whether it is secret); the environment variable is derived from it.
 */
package io.hirehub.runtime.config;
