package kz.qujat;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Bilingual documents for school state services: issue, register, render, verify. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class QujatApplication {

	public static void main(String[] args) {
		SpringApplication.run(QujatApplication.class, args);
	}
}
