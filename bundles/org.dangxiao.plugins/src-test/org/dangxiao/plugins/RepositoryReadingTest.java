package org.dangxiao.plugins;

import static org.dangxiao.plugins.TestRepositories.assertSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.plugins.Feature.Origin;
import org.dangxiao.plugins.PluginException.Kind;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Reading repositories through a real p2 agent, a private one in a temporary folder: it has no
 * profile, as a workbench started without p2 has none, so what needs one is refused with a sentence.
 */
class RepositoryReadingTest {
	private static Locale original;

	@TempDir
	Path dir;
	private IProvisioningAgent agent;
	private Plugins plugins;

	@BeforeAll
	static void chinese() {
		original = Locale.getDefault();
		Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
		Nls.load(Messages.class);
	}

	@AfterAll
	static void restoreLocale() {
		Locale.setDefault(original);
		Nls.load(Messages.class);
	}

	@BeforeEach
	void privateAgent() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Plugins.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
		assertNotNull(ref, "p2's agent provider, a DS component of org.eclipse.equinox.p2.core, is missing: is org.apache.felix.scr started?");
		agent = context.getService(ref).createAgent(dir.resolve("p2").toUri());
		plugins = new Plugins(agent, "DefaultProfile");
	}

	@AfterEach
	void stopAgent() {
		agent.stop();
	}

	@Test
	void aFolderOffersTheMembersOfItsCategoriesWithTranslatedNames() throws Exception {
		Path repo = TestRepositories.categorized(dir.resolve("site"));
		List<Offer> offers = plugins.available(repo);
		assertEquals(1, offers.size(), String.valueOf(offers));
		Offer offer = offers.get(0);
		assertEquals(new Feature(TestRepositories.FEATURE, TestRepositories.FEATURE_VERSION, TestRepositories.FEATURE_NAME,
				"示例公司", "读取扫码签到系统导出的文件", Origin.REPOSITORY), offer.feature());
		assertTrue(offer.installedVersion().isEmpty());
		assertFalse(offer.isInstalled());
	}

	@Test
	void aZipOffersTheSameAndLeavesNothingBehind() throws Exception {
		long before = TestRepositories.unpackedFolders();
		Path zip = TestRepositories.zip(TestRepositories.categorized(dir.resolve("site")), dir.resolve("site.zip"), "");
		List<Offer> offers = plugins.available(zip);
		assertEquals(List.of(TestRepositories.FEATURE), offers.stream().map(o -> o.feature().id()).toList());
		assertEquals(before, TestRepositories.unpackedFolders());
	}

	@Test
	void withoutCategoriesOnlyFeaturesNoOtherIncludesAreOffered() throws Exception {
		List<Offer> offers = plugins.available(TestRepositories.uncategorized(dir.resolve("plain")));
		assertEquals(List.of("com.example.outer"), offers.stream().map(o -> o.feature().id()).toList());
	}

	@Test
	void theRepositoryIsForgottenAfterReading() throws Exception {
		Path repo = TestRepositories.categorized(dir.resolve("site"));
		plugins.available(repo);
		IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
		assertFalse(manager.contains(repo.toUri()), "a repository chosen once must not stay in p2's list");
		assertEquals(0, manager.getKnownRepositories(IMetadataRepositoryManager.REPOSITORIES_ALL).length);
	}

	@Test
	void aFolderThatIsNoRepositoryGivesASentence() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("documents"));
		PluginException e = assertThrows(PluginException.class, () -> plugins.available(folder));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().startsWith("“" + folder + "”不是插件仓库"), e.getMessage());
	}

	@Test
	void aDamagedRepositoryGivesASentence() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("damaged"));
		Files.writeString(folder.resolve("content.xml"), "<?xml version='1.0'?><repository name='x'");
		PluginException e = assertThrows(PluginException.class, () -> plugins.available(folder));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertSentence(e.getMessage());
		assertTrue(e.getMessage().startsWith("无法读取插件仓库“" + folder + "”"), e.getMessage());
		assertFalse(agent.getService(IMetadataRepositoryManager.class).contains(folder.toUri()));
	}

	@Test
	void aZipThatIsNoZipGivesASentence() throws Exception {
		Path text = Files.writeString(dir.resolve("site.txt"), "hello");
		PluginException e = assertThrows(PluginException.class, () -> plugins.available(text));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertEquals("“" + text + "”既不是文件夹也不是 .zip 压缩包。请选择插件更新站点的文件夹或它的 .zip 压缩包。", e.getMessage());
	}

	@Test
	void withoutAProfileNothingCanBeInstalledOrListed() throws Exception {
		Path repo = TestRepositories.categorized(dir.resolve("site"));
		for (PluginException e : List.of(assertThrows(PluginException.class, plugins::installed),
				assertThrows(PluginException.class, () -> plugins.install(repo, List.of(TestRepositories.FEATURE), null)),
				assertThrows(PluginException.class, () -> plugins.uninstall(List.of(TestRepositories.FEATURE), null)))) {
			assertEquals(Kind.UNAVAILABLE, e.kind());
			assertSentence(e.getMessage());
			assertTrue(e.getMessage().contains("DefaultProfile") && e.getMessage().contains("dropins"), e.getMessage());
		}
	}

	@Test
	void nothingChosenIsRefusedFirst() {
		PluginException e = assertThrows(PluginException.class, () -> plugins.install(dir, List.of(), null));
		assertEquals(Kind.BAD_INPUT, e.kind());
		assertEquals("没有选择要安装的功能。", e.getMessage());
	}
}
