package dev.dealgraph.system;

import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.TaskQueue;
import org.apache.tomcat.util.threads.TaskThreadFactory;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells how long the request a Tomcat worker is about to serve waited for that worker.
 * Tomcat hands a connection with data to read to its executor; this one is Tomcat's own
 * kind, sized the same ({@code server.tomcat.threads.*}), but it notes when each task was
 * handed over, so {@link AdmissionFilter} can drop a request that waited past its
 * deadline before any work is done for it.
 */
@Configuration(proxyBeanMethods = false)
class QueueClock {

	private static final ThreadLocal<long[]> handedOver = new ThreadLocal<>();

	/**
	 * Nanoseconds the current request waited for its worker, once per task: a second
	 * request read from the same connection by the same task waited for nothing.
	 */
	static long waitedNanos() {
		long[] since = handedOver.get();
		if (since == null || since[0] == 0) {
			return 0;
		}
		long waited = System.nanoTime() - since[0];
		since[0] = 0;
		return waited;
	}

	@Bean
	TomcatProtocolHandlerCustomizer<AbstractProtocol<?>> stampedExecutor(TomcatServerProperties tomcat) {
		return (protocol) -> {
			TaskQueue queue = new TaskQueue(tomcat.getThreads().getMaxQueueCapacity());
			Stamping executor = new Stamping(tomcat.getThreads().getMinSpare(), tomcat.getThreads().getMax(), queue,
					new TaskThreadFactory(protocol.getName().replace("\"", "") + "-exec-", true, Thread.NORM_PRIORITY));
			queue.setParent(executor);
			protocol.setExecutor(executor);
		};
	}

	/** Tomcat's executor, noting when each task is handed over. */
	static final class Stamping extends ThreadPoolExecutor {

		Stamping(int core, int max, TaskQueue queue, TaskThreadFactory threads) {
			super(core, max, 60, TimeUnit.SECONDS, queue, threads);
		}

		@Override
		public void execute(@Nullable Runnable task) {
			if (task == null) {
				throw new NullPointerException("task");
			}
			long now = System.nanoTime();
			super.execute(() -> {
				long[] since = handedOver.get();
				if (since == null) {
					since = new long[1];
					handedOver.set(since);
				}
				since[0] = now;
				try {
					task.run();
				}
				finally {
					since[0] = 0;
				}
			});
		}

	}

}
