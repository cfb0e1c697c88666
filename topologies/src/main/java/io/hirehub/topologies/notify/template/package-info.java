/**
 * Rendering {@code notification_templates} with Mustache, strictly: a variable a template prints that
 * the event cannot fill fails the render ({@link io.hirehub.topologies.notify.template.MissingVariablesException})
 * and is recorded on the notification; nothing blank is ever sent.
 */
package io.hirehub.topologies.notify.template;
