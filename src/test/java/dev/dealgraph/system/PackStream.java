package dev.dealgraph.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * PackStream writing, only the markers the messages of {@link BoltOverWebSocket} need.
 */
final class PackStream {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	PackStream struct(int signature, int fields) {
		this.out.write(0xB0 | fields);
		this.out.write(signature);
		return this;
	}

	PackStream map(int entries) {
		this.out.write(0xA0 | entries);
		return this;
	}

	PackStream tinyInt(int value) {
		this.out.write(value & 0xFF);
		return this;
	}

	PackStream string(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < 16) {
			this.out.write(0x80 | bytes.length);
		}
		else {
			this.out.write(0xD1);
			this.out.write(bytes.length >> 8);
			this.out.write(bytes.length & 0xFF);
		}
		this.out.writeBytes(bytes);
		return this;
	}

	byte[] chunked() {
		byte[] body = this.out.toByteArray();
		return BoltOverWebSocket.concat(new byte[] { (byte) (body.length >> 8), (byte) body.length }, body,
				new byte[2]);
	}

}
