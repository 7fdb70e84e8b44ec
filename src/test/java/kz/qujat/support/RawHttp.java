package kz.qujat.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send: bytes an URI may not hold,
 * headers that lie about the body, bodies cut short. One request per connection ({@code Connection: close} is the
 * caller's to write); the answer is read to the end. The client address can be chosen among the loopback
 * addresses, so that a test has a rate-limit bucket of its own.
 */
public final class RawHttp {

	private static final int TIMEOUT_MILLIS = 20_000;

	private final int port;
	private final InetAddress from;

	public RawHttp(int port, InetAddress from) {
		this.port = port;
		this.from = from;
	}

	/**
	 * Sends the bytes as they are; with {@code endOutput} the sending side is closed after them, so a body
	 * shorter than its declared length ends there.
	 *
	 * @return the answer, or {@link Answer#NONE} when the server closed the connection without one
	 */
	public Answer send(byte[] request, boolean endOutput) {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), TIMEOUT_MILLIS);
			socket.setSoTimeout(TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request);
				out.flush();
				if (endOutput) {
					socket.shutdownOutput();
				}
			}
			catch (IOException refusedWhileSending) {
				// the server may answer and close before it has read everything: read what it said
			}
			return Answer.parse(readAll(socket.getInputStream()));
		}
		catch (IOException e) {
			throw new IllegalStateException("no connection to port " + port + " from " + from, e);
		}
	}

	private static byte[] readAll(InputStream in) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (IOException resetAfterAnswer) {
			// a reset after the answer leaves what arrived before it
		}
		return bytes.toByteArray();
	}

	/** The status line's code, the {@code Content-Type}, and the body as it came (chunked or not). */
	public record Answer(int status, String contentType, String body) {

		public static final Answer NONE = new Answer(-1, null, "");

		static Answer parse(byte[] raw) {
			String text = new String(raw, StandardCharsets.UTF_8);
			// an interim answer (100 Continue) comes before the one that counts
			while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
				text = text.substring(text.indexOf("\r\n\r\n") + 4);
			}
			int end = text.indexOf("\r\n\r\n");
			if (!text.startsWith("HTTP/1.1 ") || end < 0 || text.length() < 12) {
				return NONE;
			}
			int status = Integer.parseInt(text.substring(9, 12));
			String contentType = null;
			for (String line : text.substring(0, end).split("\r\n")) {
				if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
					contentType = line.substring("content-type:".length()).strip();
				}
			}
			return new Answer(status, contentType, text.substring(end + 4));
		}

		public boolean isProblem() {
			return contentType != null && contentType.startsWith("application/problem+json")
					&& body.contains("\"type\":\"/problems/");
		}
	}
}
