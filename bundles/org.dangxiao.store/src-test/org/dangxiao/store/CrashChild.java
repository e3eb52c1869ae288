package org.dangxiao.store;

import java.util.List;

import org.dangxiao.model.Changes;
import org.dangxiao.model.Command;
import org.dangxiao.model.Person;

/**
 * Runs in a child JVM that the crash test kills with SIGKILL: it opens the workspace and runs one
 * large command that rewrites the post of every person, printing RUNNING once it has begun.
 * Arguments: h2 FOLDER ROUND | postgres URL USER ROUND.
 */
public final class CrashChild {
	private CrashChild() {
	}

	public static void main(String[] args) {
		Database db = args[0].equals("h2") ? Database.h2(java.nio.file.Path.of(args[1])) : Database.postgres(args[1], args[2], "");
		String round = args[args.length - 1];
		JdbcWorkspace ws = JdbcWorkspace.open(db);
		ws.execute(new Command() {
			@Override
			public String label() {
				return "第" + round + "轮：全部人员改职务";
			}

			@Override
			public void run(Changes c) {
				List<Person> everyone = c.peopleWithin(c.organizations().root().orElseThrow().id());
				System.out.println("RUNNING " + everyone.size());
				System.out.flush();
				for (Person p : everyone) {
					c.put(p.withPost(CrashTest.post(round)));
				}
			}
		});
		System.out.println("COMMITTED");
		System.out.flush();
		ws.close();
		System.exit(0);
	}
}
