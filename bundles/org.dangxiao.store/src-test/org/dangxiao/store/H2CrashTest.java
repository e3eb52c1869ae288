package org.dangxiao.store;

import java.util.List;

class H2CrashTest extends CrashTest {
	@Override
	Stores stores() {
		return new Stores.H2();
	}

	@Override
	List<String> childArguments(Stores stores) {
		return List.of("h2", ((Stores.H2) stores).folder().toString());
	}
}
