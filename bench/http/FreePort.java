import java.net.InetAddress;
import java.net.ServerSocket;

/** Prints a free loopback port. */
public class FreePort {

	public static void main(String[] args) throws Exception {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			System.out.println(socket.getLocalPort());
		}
	}

}
