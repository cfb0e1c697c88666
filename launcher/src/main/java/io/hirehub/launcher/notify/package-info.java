/**
 * Notifications in the launcher: the parts {@code hirehub dev} runs and {@code hirehub notifications tail}.
 */
package io.hirehub.launcher.notify;
