package kz.qujat.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** What the tests' own daemons (a printer emulator, a spooler) share: is the port answering, stopping a process. */
final class LocalDaemons {

	private LocalDaemons() {
	}

	/** Whether something accepts a connection on the local port within 200 ms. */
	static boolean answers(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("localhost", port), 200);
			return true;
		}
		catch (IOException refused) {
			return false;
		}
	}

	/** Asks the process to stop (SIGTERM) and waits until it has. */
	static void end(Process process) {
		process.destroy();
		try {
			process.waitFor();
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
