package dev.inkwell.mail;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/**
 * A real SMTP server in the test JVM (GreenMail) on a port of its own, which a test can
 * stop and start again on the same port (an SMTP outage), and the mail it received.
 */
public final class SmtpServer implements AutoCloseable {

	/** A received mail: recipient, subject, and its plain-text part decoded. */
	public record Received(String recipient, String subject, String text) {
	}

	private final int port;

	private GreenMail server;

	private final List<Received> before = new ArrayList<>();

	public SmtpServer() {
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		start();
	}

	public int port() {
		return port;
	}

	public void start() {
		server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
	}

	/** Stops accepting connections; what was received so far stays readable. */
	public void stop() {
		before.addAll(received());
		server.stop();
	}

	@Override
	public void close() {
		server.stop();
	}

	/** Every mail received since this server was made, across restarts. */
	public synchronized List<Received> all() {
		List<Received> all = new ArrayList<>(before);
		all.addAll(received());
		return all;
	}

	public List<Received> to(String recipient) {
		return all().stream().filter((mail) -> mail.recipient().equalsIgnoreCase(recipient)).toList();
	}

	/** Waits until a mail matching {@code wanted} arrived, and answers it. */
	public Received awaitMail(Predicate<Received> wanted) {
		return await().atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> all().stream().filter(wanted).findFirst().orElse(null), (mail) -> mail != null);
	}

	/** Waits for the first mail of this subject start to {@code recipient}. */
	public Received awaitMail(String recipient, String subjectStart) {
		return awaitMail(
				(mail) -> mail.recipient().equalsIgnoreCase(recipient) && mail.subject().startsWith(subjectStart));
	}

	private List<Received> received() {
		List<Received> received = new ArrayList<>();
		for (MimeMessage message : server.getReceivedMessages()) {
			try {
				received.add(new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(),
						message.getSubject(), text(message)));
			}
			catch (MessagingException | IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return received;
	}

	/** The text/plain part, wherever the multipart nesting put it. */
	private static String text(Part part) throws MessagingException, IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				String text = text(child);
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

}
