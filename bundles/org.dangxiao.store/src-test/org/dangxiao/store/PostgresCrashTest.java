package org.dangxiao.store;

import java.util.List;

class PostgresCrashTest extends CrashTest {
	@Override
	Stores stores() {
		return new Stores.Postgres();
	}

	@Override
	List<String> childArguments(Stores stores) {
		return List.of("postgres", ((Stores.Postgres) stores).url(), Stores.Postgres.user());
	}
}
