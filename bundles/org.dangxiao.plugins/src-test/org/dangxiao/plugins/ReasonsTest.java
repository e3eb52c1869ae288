package org.dangxiao.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.dangxiao.model.nls.Nls;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.CollectionResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How p2's requirements read in a sentence, and which units a repository offers. */
class ReasonsTest {
	private static Locale original;

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

	@Test
	void requirementsReadAsPlugInsPackagesAndFeatures() {
		VersionRange range = new VersionRange("[1.0.0,2.0.0)");
		assertEquals("插件 org.foo（版本 [1.0.0,2.0.0)）",
				Plugins.requirement(MetadataFactory.createRequirement("osgi.bundle", "org.foo", range, null, false, false)));
		assertEquals("Java 包 org.foo.api",
				Plugins.requirement(MetadataFactory.createRequirement("java.package", "org.foo.api", VersionRange.emptyRange, null, false, false)));
		assertEquals("功能 com.example.qr（版本 [1.0.0,2.0.0)）", Plugins.requirement(MetadataFactory
				.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, "com.example.qr.feature.group", range, null, false, false)));
	}

	@Test
	void theFeaturesNoOtherIncludesAreOfferedWhenThereIsNoCategory() {
		IInstallableUnit inner = group("inner", "1.0.0");
		IInstallableUnit outer = group("outer", "1.0.0", "inner.feature.group");
		IInstallableUnit outerOld = group("outer", "0.9.0", "inner.feature.group");
		List<IInstallableUnit> offered = Plugins.offered(new CollectionResult<>(List.of(inner, outerOld, outer)));
		assertEquals(List.of(outer), offered, "one version, the newest, of the top feature");
	}

	@Test
	void aFeatureShowsItsIdWithoutTheGroupSuffix() {
		Feature f = Plugins.feature(group("com.example.qr", "1.0.0"), Feature.Origin.REPOSITORY);
		assertEquals("com.example.qr", f.id());
		assertEquals("com.example.qr.feature.group", f.name(), "without a name, the unit's id");
	}

	private static IInstallableUnit group(String id, String version, String... requires) {
		InstallableUnitDescription d = new InstallableUnitDescription();
		d.setId(id + ".feature.group");
		d.setVersion(Version.create(version));
		d.setProperty(InstallableUnitDescription.PROP_TYPE_GROUP, "true");
		d.setCapabilities(new org.eclipse.equinox.p2.metadata.IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, id + ".feature.group", Version.create(version)) });
		d.setRequirements(java.util.Arrays.stream(requires)
				.map(r -> MetadataFactory.createRequirement(IInstallableUnit.NAMESPACE_IU_ID, r, VersionRange.emptyRange, null, false, false))
				.toArray(org.eclipse.equinox.p2.metadata.IRequirement[]::new));
		return MetadataFactory.createInstallableUnit(d);
	}
}
