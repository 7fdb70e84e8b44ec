package kz.qujat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

	@Test
	void modulesOnlyUseEachOthersPublicFace() {
		ApplicationModules.of(QujatApplication.class).verify();
	}
}
