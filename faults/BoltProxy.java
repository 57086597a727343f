import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of Neo4j's Bolt port that the fault suite can cut: all at once
 * (nothing listens, every connection drops), or one connection right after the client
 * sends a chosen Bolt message (RUN 0x10, PULL 0x3F, COMMIT 0x12) inside an explicit
 * transaction (after BEGIN 0x11), which it reads from the chunked stream after the
 * handshake.
 */
final class BoltProxy implements AutoCloseable {

	static final int RUN = 0x10;

	static final int PULL = 0x3F;

	static final int COMMIT = 0x12;

	static final int BEGIN = 0x11;

	static final int ROLLBACK = 0x13;

	private final int listenPort;

	private final int targetPort;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile ServerSocket server;

	/** The message signature whose next sending cuts its connection; -1 for none. */
	private final AtomicInteger armed = new AtomicInteger(-1);

	private final AtomicInteger cuts = new AtomicInteger();

	/** While set, bytes are swallowed in both directions: a network that went silent. */
	private volatile boolean silent;

	BoltProxy(int listenPort, int targetPort) {
		this.listenPort = listenPort;
		this.targetPort = targetPort;
	}

	synchronized void open() throws IOException {
		ServerSocket listening = new ServerSocket();
		listening.setReuseAddress(true);
		listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.listenPort));
		this.server = listening;
		Thread.ofPlatform().daemon().start(() -> accept(listening));
	}

	/** Stops listening and drops every connection: Bolt is gone. */
	synchronized void cut() throws IOException {
		if (this.server != null) {
			this.server.close();
			this.server = null;
		}
		for (Socket socket : this.sockets) {
			socket.close();
		}
		this.sockets.clear();
	}

	/** Swallows every byte from now on, or again forwards them. */
	void silence(boolean on) {
		this.silent = on;
	}

	/** The next connection to send this message is dropped just after it is passed on. */
	void arm(int signature) {
		this.armed.set(signature);
	}

	boolean fired() {
		return this.armed.get() == -1;
	}

	int cuts() {
		return this.cuts.get();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = new Socket(InetAddress.getLoopbackAddress(), this.targetPort);
				client.setTcpNoDelay(true);
				upstream.setTcpNoDelay(true);
				this.sockets.add(client);
				this.sockets.add(upstream);
				CompletableFuture<Boolean> manifest = new CompletableFuture<>();
				Thread.ofPlatform().daemon().start(() -> pumpFromClient(client, upstream, manifest));
				Thread.ofPlatform().daemon().start(() -> pumpFromServer(upstream, client, manifest));
			}
			catch (IOException ex) {
				// closed by cut(), or the target refused: the client sees a dropped connection
			}
		}
	}

	private void pumpFromServer(Socket from, Socket to, CompletableFuture<Boolean> manifest) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			byte[] buffer = new byte[65536];
			int seen = 0;
			int[] version = new int[4];
			for (int n; (n = in.read(buffer)) > 0;) {
				for (int i = 0; i < n && seen < 4; i++) {
					version[seen++] = buffer[i] & 0xFF;
				}
				if (seen == 4 && !manifest.isDone()) {
					// 00 00 01 FF: the server answers with a manifest, the client then picks
					manifest.complete(version[2] == 0x01 && version[3] == 0xFF);
				}
				if (!this.silent) {
					out.write(buffer, 0, n);
					out.flush();
				}
			}
		}
		catch (IOException ex) {
			// either side went away
		}
		finally {
			manifest.complete(false);
			close(from, to);
		}
	}

	private void pumpFromClient(Socket from, Socket to, CompletableFuture<Boolean> manifest) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			byte[] buffer = new byte[65536];
			// 4 bytes magic and 4 proposed versions, then (after a manifest) the chosen version
			// and a varint of capabilities, then chunked messages
			long handshake = 20;
			int stage = 0;
			int header = 0;
			int remaining = 0;
			int state = 0;
			int position = 0;
			boolean inTransaction = false;
			for (int n; (n = in.read(buffer)) > 0;) {
				boolean cutAfter = false;
				for (int i = 0; i < n; i++) {
					int b = buffer[i] & 0xFF;
					if (stage == 0) {
						if (--handshake == 0) {
							stage = 1;
						}
						continue;
					}
					if (stage == 1) {
						boolean manifested = manifest.get(10, TimeUnit.SECONDS);
						stage = manifested ? 2 : 4;
						handshake = 4;
						if (!manifested) {
							i--;
							continue;
						}
					}
					if (stage == 2) {
						if (--handshake == 0) {
							stage = 3;
						}
						continue;
					}
					if (stage == 3) {
						if ((b & 0x80) == 0) {
							stage = 4;
						}
						continue;
					}
					switch (state) {
						case 0 -> {
							header = b;
							state = 1;
						}
						case 1 -> {
							int length = (header << 8) | b;
							if (length == 0) {
								position = 0;
								state = 0;
							}
							else {
								remaining = length;
								state = 2;
							}
						}
						default -> {
							if (position == 1) {
								int armedAt = this.armed.get();
								// only inside an explicit transaction: a write, not a lookup
								// before it
								if (armedAt == b && inTransaction && this.armed.compareAndSet(armedAt, -1)) {
									cutAfter = true;
								}
								inTransaction = (b == BEGIN) || (inTransaction && b != COMMIT && b != ROLLBACK);
							}
							position++;
							if (--remaining == 0) {
								state = 0;
							}
						}
					}
				}
				if (this.silent) {
					continue;
				}
				out.write(buffer, 0, n);
				out.flush();
				if (cutAfter) {
					this.cuts.incrementAndGet();
					// the server gets the message; its answer never reaches the client
					close(from, to);
					return;
				}
			}
		}
		catch (Exception ex) {
			// either side went away
		}
		finally {
			close(from, to);
		}
	}

	private void close(Socket a, Socket b) {
		try {
			a.close();
		}
		catch (IOException ex) {
			// already closed
		}
		try {
			b.close();
		}
		catch (IOException ex) {
			// already closed
		}
		this.sockets.remove(a);
		this.sockets.remove(b);
	}

	@Override
	public void close() throws IOException {
		cut();
	}

}
