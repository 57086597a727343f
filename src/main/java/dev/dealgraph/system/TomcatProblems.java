package dev.dealgraph.system;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat reports the errors it answers by itself as problems, too. */
@Configuration(proxyBeanMethods = false)
class TomcatProblems {

	@Bean
	TomcatContextCustomizer problemReports(MessageSource messages) {
		return (context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.getPipeline().addValve(new ProblemReportValve(messages));
				// the host adds Tomcat's HTML report when it starts, before its children
				context.addLifecycleListener((event) -> {
					if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
						for (Valve valve : host.getPipeline().getValves()) {
							if (valve.getClass() == ErrorReportValve.class) {
								host.getPipeline().removeValve(valve);
							}
						}
					}
				});
			}
		};
	}

}
