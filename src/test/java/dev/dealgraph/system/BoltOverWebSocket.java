package dev.dealgraph.system;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Just enough Bolt over a WebSocket to log in and run one query, sent the way a script on
 * any web page could: an upgrade to the Bolt port with that page's Origin, the Bolt
 * handshake, then HELLO, LOGON, RUN and PULL in one go.
 */
final class BoltOverWebSocket implements WebSocket.Listener, AutoCloseable {

	static final int SUCCESS = 0x70;

	static final int RECORD = 0x71;

	static final int FAILURE = 0x7F;

	/** A reply: its Bolt signature and its bytes read as text, enough to find strings. */
	record Reply(int signature, String text) {
	}

	private final ByteArrayOutputStream received = new ByteArrayOutputStream();

	private boolean closed;

	private final HttpClient client = HttpClient.newHttpClient();

	private final WebSocket socket;

	private BoltOverWebSocket(int port, String origin) {
		this.socket = this.client.newWebSocketBuilder()
			.header("Origin", origin)
			.connectTimeout(Duration.ofSeconds(30))
			.buildAsync(URI.create("ws://127.0.0.1:" + port), this)
			.join();
	}

	/**
	 * Logs in with these auth fields ({@code scheme}, and {@code principal} and
	 * {@code credentials} for basic) and runs {@code query}: the replies until the
	 * query's end or the server closing the connection.
	 */
	static List<Reply> run(int port, String origin, Map<String, String> auth, String query) {
		try (BoltOverWebSocket bolt = new BoltOverWebSocket(port, origin)) {
			// magic, then Bolt 5.8 down to 5.1 (LOGON came with 5.1), nothing else
			bolt.send(new byte[] { 0x60, 0x60, (byte) 0xB0, 0x17, 0, 7, 8, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
			byte[] version = bolt.take(4);
			if (version[3] != 5) {
				throw new IllegalStateException("Bolt 5 refused, got version bytes " + List.of(version[2], version[3]));
			}
			PackStream hello = new PackStream().struct(0x01, 1).map(2).string("user_agent").string("evil.example/1.0");
			hello.string("bolt_agent").map(1).string("product").string("evil.example/1.0");
			PackStream logon = new PackStream().struct(0x6A, 1).map(auth.size());
			auth.forEach((key, value) -> logon.string(key).string(value));
			PackStream run = new PackStream().struct(0x10, 3).string(query).map(0).map(0);
			PackStream pull = new PackStream().struct(0x3F, 1).map(1).string("n").tinyInt(-1);
			bolt.send(concat(hello.chunked(), logon.chunked(), run.chunked(), pull.chunked()));
			return bolt.replies(4);
		}
	}

	private synchronized void send(byte[] bytes) {
		this.socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
	}

	/** The first {@code count} bytes received; the deadline only stops a hang. */
	private synchronized byte[] take(int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (this.received.size() < count && !this.closed && System.nanoTime() < deadline) {
			waitABit();
		}
		byte[] bytes = this.received.toByteArray();
		this.received.reset();
		if (bytes.length < count) {
			throw new IllegalStateException("Bolt answered the handshake with " + bytes.length + " bytes");
		}
		this.received.write(bytes, count, bytes.length - count);
		return Arrays.copyOf(bytes, count);
	}

	/**
	 * Replies until {@code requests} summaries (records come before them) or the close.
	 */
	private synchronized List<Reply> replies(int requests) {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		List<Reply> replies = parse(this.received.toByteArray());
		while (summaries(replies) < requests && !this.closed && System.nanoTime() < deadline) {
			waitABit();
			replies = parse(this.received.toByteArray());
		}
		return replies;
	}

	private static long summaries(List<Reply> replies) {
		return replies.stream().filter((reply) -> reply.signature() != RECORD).count();
	}

	/** Bolt messages are chunks (two length bytes each) ending with an empty chunk. */
	private static List<Reply> parse(byte[] bytes) {
		List<Reply> replies = new ArrayList<>();
		ByteArrayOutputStream message = new ByteArrayOutputStream();
		int at = 0;
		while (at + 2 <= bytes.length) {
			int length = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
			if (at + 2 + length > bytes.length) {
				break;
			}
			if (length == 0 && message.size() >= 2) {
				byte[] whole = message.toByteArray();
				replies.add(new Reply(whole[1] & 0xFF, new String(whole, StandardCharsets.UTF_8)));
				message.reset();
			}
			message.write(bytes, at + 2, length);
			at += 2 + length;
		}
		return replies;
	}

	private void waitABit() {
		try {
			wait(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public synchronized CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
		byte[] bytes = new byte[data.remaining()];
		data.get(bytes);
		this.received.writeBytes(bytes);
		notifyAll();
		webSocket.request(1);
		return null;
	}

	@Override
	public synchronized CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		this.closed = true;
		notifyAll();
		return null;
	}

	@Override
	public synchronized void onError(WebSocket webSocket, Throwable error) {
		this.closed = true;
		notifyAll();
	}

	@Override
	public void close() {
		this.socket.abort();
		this.client.close();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			all.writeBytes(part);
		}
		return all.toByteArray();
	}

}
