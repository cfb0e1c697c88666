/** The applications application as a part of {@code hirehub dev}. */
package io.hirehub.launcher.apply;
