package dev.dealgraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DealgraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(DealgraphApplication.class, args);
	}

}
