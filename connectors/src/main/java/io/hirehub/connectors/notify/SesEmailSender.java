package io.hirehub.connectors.notify;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** E-mail through Amazon SES v2 (a simple UTF-8 text message from a verified sender). */
public final class SesEmailSender implements ChannelSender {

    private final SesV2Client ses;
    private final String from;

    public SesEmailSender(final SesV2Client ses, final String from) {
        this.ses = ses;
        this.from = from;
    }

    @Override
    public Outcome send(final Delivery delivery) throws DeliveryException {
        if (delivery.email() == null) {
            throw new DeliveryException("no e-mail address", true);
        }
        try {
            ses.sendEmail(SendEmailRequest.builder()
                    .fromEmailAddress(from)
                    .destination(d -> d.toAddresses(delivery.email()))
                    .content(c -> c.simple(m -> m.subject(
                                    s -> s.data(delivery.title() == null ? "HireHub" : delivery.title())
                                            .charset("UTF-8"))
                            .body(b -> b.text(t -> t.data(delivery.content()).charset("UTF-8")))))
                    .build());
            return Outcome.SENT;
        } catch (BadRequestException e) {
            throw new DeliveryException(
                    "SES refused the message: " + e.awsErrorDetails().errorMessage(), true);
        } catch (SdkException e) {
            throw new DeliveryException("SES: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        ses.close();
    }
}
