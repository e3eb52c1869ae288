package org.dangxiao.plugins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.dangxiao.model.nls.Nls;
import org.dangxiao.plugins.Feature.Origin;
import org.dangxiao.plugins.PluginException.Kind;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.URIUtil;
import org.eclipse.equinox.internal.p2.director.Explanation;
import org.eclipse.equinox.internal.p2.garbagecollector.GarbageCollector;
import org.eclipse.equinox.internal.p2.metadata.RequiredCapability;
import org.eclipse.equinox.internal.provisional.p2.director.PlannerStatus;
import org.eclipse.equinox.p2.core.IAgentLocation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The plug-ins of the running workbench, installed and uninstalled with p2's operations API on the
 * running system's agent and its own ({@code _SELF_}) profile, as the Eclipse IDE's 安装新软件 does.
 *
 * <p>Only repositories on this computer are used, and only for the one operation: the repository
 * chosen is the only one the planner and the engine see (the profile's remembered repositories,
 * which may name the build machine's folders, are not consulted), and it is forgotten again after
 * the operation, so nothing can wait on a network. Every failure is a {@link PluginException}
 * with a sentence; the program is unchanged when one is thrown.
 */
public final class Plugins {
	/** What p2 appends to a feature's id for the unit that installs it. */
	static final String FEATURE_GROUP = ".feature.group";
	/** Set by p2's dropins reconciler on every unit it installed from the dropins folder. */
	static final String PROP_FROM_DROPINS = "org.eclipse.equinox.p2.reconciler.dropins";
	/** A refusal names this many reasons; p2's full chain would drown the first one. */
	private static final int SHOWN_REASONS = 4;

	private final IProvisioningAgent agent;
	private final String profileId;

	/** Plug-ins of the profile {@code profileId} of {@code agent} (a test's private agent, say). */
	public Plugins(IProvisioningAgent agent, String profileId) {
		this.agent = agent;
		this.profileId = profileId;
	}

	/**
	 * The running workbench's plug-ins: the p2 agent p2 registers for the running system, and the
	 * profile it was installed with ({@code eclipse.p2.profile} in config.ini).
	 */
	public static Plugins running() throws PluginException {
		Bundle bundle = FrameworkUtil.getBundle(Plugins.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			throw new PluginException(Kind.UNAVAILABLE, Messages.Plugins_NO_AGENT);
		}
		try {
			// naming IProvisioningAgent loads it from p2.core, whose lazy start registers the running system's agent
			Collection<ServiceReference<IProvisioningAgent>> refs = context.getServiceReferences(IProvisioningAgent.class,
					"(" + IProvisioningAgent.SERVICE_CURRENT + "=true)");
			Optional<IProvisioningAgent> agent = refs.stream().sorted(Comparator.reverseOrder()).map(context::getService)
					.filter(a -> a != null).findFirst();
			return new Plugins(agent.orElseThrow(() -> new PluginException(Kind.UNAVAILABLE, Messages.Plugins_NO_AGENT)),
					IProfileRegistry.SELF);
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e); // the filter is a constant
		}
	}

	/**
	 * The features the user added: installed here (roots of the profile) or found in the dropins
	 * folder, with plug-ins dropped in without a feature. The workbench's own parts are not listed.
	 */
	public List<Feature> installed() throws PluginException {
		IProfile profile = profile();
		Set<IInstallableUnit> all = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
		List<IInstallableUnit> droppedGroups = all.stream().filter(iu -> isDropin(profile, iu) && QueryUtil.isGroup(iu)).toList();
		List<Feature> result = new ArrayList<>();
		for (IInstallableUnit iu : all) {
			if (QueryUtil.isProduct(iu) || QueryUtil.isCategory(iu)) {
				continue;
			}
			boolean dropin = isDropin(profile, iu);
			if (QueryUtil.isGroup(iu) && (dropin || isRoot(profile, iu))) {
				result.add(feature(iu, dropin ? Origin.DROPINS : Origin.INSTALLED));
			} else if (dropin && isBundle(iu) && droppedGroups.stream().noneMatch(g -> requires(g, iu))) {
				result.add(feature(iu, Origin.DROPINS));
			}
		}
		result.sort(byName());
		return result;
	}

	/** {@link #available(Path, IProgressMonitor)} without progress. */
	public List<Offer> available(Path repository) throws PluginException {
		return available(repository, null);
	}

	/**
	 * The features a repository (a folder, or a zip of one) offers for installation: the members of
	 * its categories, or, when it has none, every feature no other feature of it includes. Each says
	 * which version the program already has.
	 */
	public List<Offer> available(Path repository, IProgressMonitor monitor) throws PluginException {
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_READING, 10);
		try (LocalRepository local = LocalRepository.open(repository); Loaded loaded = load(local, sub.split(9))) {
			Optional<IProfile> profile = optionalProfile();
			List<Offer> result = new ArrayList<>();
			for (IInstallableUnit iu : offered(loaded.metadata)) {
				result.add(new Offer(feature(iu, Origin.REPOSITORY), profile.flatMap(p -> installedVersion(p, iu.getId()))));
			}
			result.sort(Comparator.comparing(Offer::feature, byName()));
			return result;
		} catch (OperationCanceledException e) {
			throw cancelled();
		}
	}

	/**
	 * Installs the features {@code ids} (with or without {@code .feature.group}; the newest version
	 * the repository has) and what they need from the same repository. Features already installed
	 * in that version are left alone; when all are, nothing happens and nothing needs a restart.
	 */
	public Outcome install(Path repository, Collection<String> ids, IProgressMonitor monitor) throws PluginException {
		if (ids.isEmpty()) {
			throw new PluginException(Kind.BAD_INPUT, Messages.Plugins_NOTHING_TO_INSTALL);
		}
		IProfile profile = profile();
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_INSTALLING, 100);
		try (LocalRepository local = LocalRepository.open(repository); Loaded loaded = load(local, sub.split(10))) {
			List<IInstallableUnit> wanted = new ArrayList<>();
			for (String id : new LinkedHashSet<>(ids)) {
				IInstallableUnit iu = newest(loaded.metadata, id).orElseThrow(() -> new PluginException(Kind.BAD_INPUT,
						Nls.bind(Messages.Plugins_UNKNOWN_FEATURE, id, local.chosen())));
				if (installedVersion(profile, iu.getId()).filter(iu.getVersion().toString()::equals).isEmpty()) {
					wanted.add(iu);
				}
			}
			if (wanted.isEmpty()) {
				return new Outcome(List.of(), false);
			}
			checkWritable(profile);
			collectGarbage();
			InstallOperation op = new InstallOperation(new ProvisioningSession(agent), wanted);
			op.setProfileId(profileId);
			op.setProvisioningContext(context(local.location()));
			boolean restart = run(op, sub.split(90), Messages.Plugins_CANNOT_INSTALL);
			return new Outcome(wanted.stream().map(iu -> feature(iu, Origin.INSTALLED)).toList(), restart);
		} catch (OperationCanceledException e) {
			throw cancelled();
		}
	}

	/**
	 * Uninstalls features the user installed ({@code ids} as {@link Feature#id()}). The workbench's
	 * own parts and what came from the dropins folder are refused with a sentence that says why.
	 */
	public Outcome uninstall(Collection<String> ids, IProgressMonitor monitor) throws PluginException {
		if (ids.isEmpty()) {
			throw new PluginException(Kind.BAD_INPUT, Messages.Plugins_NOTHING_TO_UNINSTALL);
		}
		IProfile profile = profile();
		List<IInstallableUnit> units = new ArrayList<>();
		for (String id : new LinkedHashSet<>(ids)) {
			IInstallableUnit iu = installedUnit(profile, id)
					.orElseThrow(() -> new PluginException(Kind.REFUSED, Nls.bind(Messages.Plugins_NOT_INSTALLED, id)));
			if (isDropin(profile, iu)) {
				throw new PluginException(Kind.REFUSED, Nls.bind(Messages.Plugins_FROM_DROPINS, displayName(iu), dropins(profile)));
			}
			if (!isRoot(profile, iu) || QueryUtil.isProduct(iu)) {
				throw new PluginException(Kind.REFUSED, Nls.bind(Messages.Plugins_PART_OF_PRODUCT, displayName(iu)));
			}
			units.add(iu);
		}
		checkWritable(profile);
		collectGarbage();
		SubMonitor sub = SubMonitor.convert(monitor, Messages.Task_UNINSTALLING, 100);
		try {
			UninstallOperation op = new UninstallOperation(new ProvisioningSession(agent), units);
			op.setProfileId(profileId);
			op.setProvisioningContext(context());
			boolean restart = run(op, sub, Messages.Plugins_CANNOT_UNINSTALL);
			collectGarbage();
			return new Outcome(units.stream().map(iu -> feature(iu, Origin.INSTALLED)).toList(), restart);
		} catch (OperationCanceledException e) {
			throw cancelled();
		}
	}

	/**
	 * Deletes the files of plug-ins no feature uses any more. p2's collector would do so itself
	 * after a commit, but on its event thread, which a command line does not wait for; and it keeps
	 * what the running program still has loaded, so what an uninstall removes goes only at the
	 * next operation after a restart. Hence it is run before every change and after an uninstall,
	 * then let go again so that it does not also run on p2's own event thread.
	 */
	private void collectGarbage() {
		if (agent.getService(GarbageCollector.SERVICE_NAME) instanceof GarbageCollector collector) {
			try {
				optionalProfile().ifPresent(collector::runGC);
			} catch (RuntimeException e) {
				// files left behind cost only disk space; the next uninstall collects them
				System.err.println("p2 garbage collection failed: " + e);
			} finally {
				agent.unregisterService(GarbageCollector.SERVICE_NAME, collector);
			}
		}
	}

	/** The folder whose plug-ins p2's dropins reconciler installs at start. */
	public Optional<Path> dropinsFolder() {
		return optionalProfile().map(Plugins::dropins);
	}

	/** Resolves {@code op} and runs its provisioning job; true when a restart is needed. */
	private boolean run(ProfileChangeOperation op, SubMonitor monitor, String refusal) throws PluginException {
		monitor.setWorkRemaining(100);
		IStatus resolved = op.resolveModal(monitor.split(30));
		if (resolved.getSeverity() == IStatus.CANCEL) {
			throw cancelled();
		}
		if (resolved.getSeverity() == IStatus.ERROR) {
			throw new PluginException(Kind.REFUSED, explain(op, resolved, refusal));
		}
		ProvisioningJob job = op.getProvisioningJob(null);
		if (job == null) {
			throw new PluginException(Kind.REFUSED, refusal + "\n" + Nls.bind(Messages.Plugins_P2_SAYS, message(resolved)));
		}
		IStatus done = job.runModal(monitor.split(70));
		if (done.getSeverity() == IStatus.CANCEL) {
			throw cancelled();
		}
		if (done.getSeverity() == IStatus.ERROR) {
			throw new PluginException(Kind.REFUSED, Nls.bind(Messages.Plugins_NOT_COMPLETED, message(done)));
		}
		return job.getRestartPolicy() != ProvisioningJob.RESTART_NONE;
	}

	/** The planner's reasons in our words; p2's own (English) summary when it gives none we know. */
	static String explain(ProfileChangeOperation op, IStatus resolved, String refusal) {
		List<String> reasons = new ArrayList<>();
		IProvisioningPlan plan = op.getProvisioningPlan();
		if (plan != null && plan.getStatus() instanceof PlannerStatus planner && planner.getRequestStatus() != null) {
			for (Explanation e : planner.getRequestStatus().getExplanations()) {
				reason(e).filter(r -> !reasons.contains(r)).ifPresent(reasons::add);
			}
		}
		if (reasons.isEmpty()) {
			return refusal + "\n" + Nls.bind(Messages.Plugins_P2_SAYS, message(resolved));
		}
		StringBuilder text = new StringBuilder(refusal);
		reasons.stream().limit(SHOWN_REASONS).forEach(r -> text.append('\n').append(r));
		if (reasons.size() > SHOWN_REASONS) {
			text.append('\n').append(Nls.bind(Messages.Plugins_MORE_REASONS, reasons.size() - SHOWN_REASONS));
		}
		return text.toString();
	}

	private static Optional<String> reason(Explanation e) {
		if (e instanceof Explanation.MissingIU missing) {
			return Optional.of(missing.isEntryPoint ? Nls.bind(Messages.Reason_MISSING_ROOT, requirement(missing.req))
					: Nls.bind(Messages.Reason_MISSING, displayName(missing.iu), requirement(missing.req)));
		}
		if (e instanceof Explanation.MissingGreedyIU missing) {
			return Optional.of(Nls.bind(Messages.Reason_MISSING_SOMETHING, displayName(missing.iu)));
		}
		if (e instanceof Explanation.Singleton singleton) {
			List<String> names = new ArrayList<>();
			for (IInstallableUnit iu : singleton.ius) {
				names.add(displayName(iu) + " " + iu.getVersion());
			}
			return Optional.of(Nls.bind(Messages.Reason_SINGLETON, String.join(Messages.Reason_AND, names)));
		}
		if (e instanceof Explanation.NotInstallableRoot root) {
			return Optional.of(Nls.bind(Messages.Reason_NOT_INSTALLABLE, requirement(root.req)));
		}
		return Optional.empty(); // the chain between them (A requires B requires C) adds length, not sense
	}

	/** "插件 org.foo（版本 [1.0.0,2.0.0)）" rather than p2's requirement syntax. */
	static String requirement(IRequirement req) {
		String namespace = RequiredCapability.extractNamespace(req.getMatches());
		String name = RequiredCapability.extractName(req.getMatches());
		VersionRange range = RequiredCapability.extractRange(req.getMatches());
		if (namespace == null || name == null) {
			return String.valueOf(req);
		}
		String versions = range == null || VersionRange.emptyRange.equals(range) ? ""
				: Nls.bind(Messages.Reason_VERSIONS, range);
		return switch (namespace) {
		case "osgi.bundle" -> Nls.bind(Messages.Reason_REQUIRES_BUNDLE, name, versions);
		case "java.package" -> Nls.bind(Messages.Reason_REQUIRES_PACKAGE, name, versions);
		case IInstallableUnit.NAMESPACE_IU_ID -> name.endsWith(FEATURE_GROUP)
				? Nls.bind(Messages.Reason_REQUIRES_FEATURE, name.substring(0, name.length() - FEATURE_GROUP.length()), versions)
				: Nls.bind(Messages.Reason_REQUIRES_UNIT, name, versions);
		default -> Nls.bind(Messages.Reason_REQUIRES_OTHER, namespace, name, versions);
		};
	}

	/** A status's message with its first few leaves: p2 puts the useful part in the children. */
	static String message(IStatus status) {
		List<String> parts = new ArrayList<>();
		collect(status, parts);
		return String.join("; ", parts.stream().distinct().limit(1 + SHOWN_REASONS).toList());
	}

	private static void collect(IStatus status, List<String> parts) {
		if (status.getMessage() != null && !status.getMessage().isBlank()) {
			parts.add(status.getMessage().strip());
		}
		for (IStatus child : status.getChildren()) {
			collect(child, parts);
		}
	}

	/**
	 * The units a repository offers: the members of its categories, else the features no other
	 * feature of it includes; one (the newest) version of each.
	 */
	static List<IInstallableUnit> offered(IQueryable<IInstallableUnit> repository) {
		Map<String, IInstallableUnit> newest = new TreeMap<>();
		for (IInstallableUnit category : repository.query(QueryUtil.createIUCategoryQuery(), null)) {
			for (IInstallableUnit member : repository.query(QueryUtil.createIUCategoryMemberQuery(category), null)) {
				if (QueryUtil.isGroup(member) && !QueryUtil.isCategory(member) && !QueryUtil.isProduct(member)) {
					keepNewest(newest, member);
				}
			}
		}
		if (newest.isEmpty()) {
			List<IInstallableUnit> groups = repository.query(QueryUtil.createIUGroupQuery(), null).stream()
					.filter(iu -> !QueryUtil.isCategory(iu) && !QueryUtil.isProduct(iu)).toList();
			for (IInstallableUnit group : groups) {
				if (groups.stream().noneMatch(other -> other != group && requires(other, group))) {
					keepNewest(newest, group);
				}
			}
		}
		return new ArrayList<>(newest.values());
	}

	private static void keepNewest(Map<String, IInstallableUnit> newest, IInstallableUnit iu) {
		newest.merge(iu.getId(), iu, (a, b) -> a.getVersion().compareTo(b.getVersion()) >= 0 ? a : b);
	}

	private static Optional<IInstallableUnit> newest(IQueryable<IInstallableUnit> repository, String id) {
		for (String unit : List.of(id, id + FEATURE_GROUP)) {
			Optional<IInstallableUnit> found = repository.query(QueryUtil.createIUQuery(unit), null).stream()
					.filter(iu -> !QueryUtil.isCategory(iu)).max(Comparator.comparing(IInstallableUnit::getVersion));
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static Optional<IInstallableUnit> installedUnit(IProfile profile, String id) {
		for (String unit : List.of(id, id + FEATURE_GROUP)) {
			Optional<IInstallableUnit> found = profile.query(QueryUtil.createIUQuery(unit), null).stream().findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private static Optional<String> installedVersion(IProfile profile, String unitId) {
		return profile.query(QueryUtil.createIUQuery(unitId), null).stream().map(iu -> iu.getVersion().toString())
				.findFirst();
	}

	private static boolean requires(IInstallableUnit from, IInstallableUnit to) {
		return from.getRequirements().stream().anyMatch(r -> r.isMatch(to));
	}

	private static boolean isBundle(IInstallableUnit iu) {
		for (IProvidedCapability c : iu.getProvidedCapabilities()) {
			if ("osgi.bundle".equals(c.getNamespace())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isRoot(IProfile profile, IInstallableUnit iu) {
		return Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, IProfile.PROP_PROFILE_ROOT_IU));
	}

	private static boolean isDropin(IProfile profile, IInstallableUnit iu) {
		return Boolean.parseBoolean(profile.getInstallableUnitProperty(iu, PROP_FROM_DROPINS));
	}

	static Feature feature(IInstallableUnit iu, Origin origin) {
		String id = iu.getId().endsWith(FEATURE_GROUP) ? iu.getId().substring(0, iu.getId().length() - FEATURE_GROUP.length())
				: iu.getId();
		return new Feature(id, iu.getVersion().toString(), displayName(iu), text(iu, IInstallableUnit.PROP_PROVIDER),
				text(iu, IInstallableUnit.PROP_DESCRIPTION), origin);
	}

	/** The unit's translated name (p2 resolves %name for the current locale), else its id. */
	static String displayName(IInstallableUnit iu) {
		String name = text(iu, IInstallableUnit.PROP_NAME);
		return name.isEmpty() ? iu.getId() : name;
	}

	private static String text(IInstallableUnit iu, String key) {
		String value = iu.getProperty(key, null);
		return value == null ? "" : value.strip();
	}

	private static Comparator<Feature> byName() {
		Collator collator = Collator.getInstance(Locale.CHINA);
		return Comparator.comparing(Feature::name, collator).thenComparing(Feature::id).thenComparing(Feature::version);
	}

	private IProfile profile() throws PluginException {
		return optionalProfile().orElseThrow(() -> new PluginException(Kind.UNAVAILABLE,
				Nls.bind(Messages.Plugins_NO_PROFILE, IProfileRegistry.SELF.equals(profileId)
						? System.getProperty("eclipse.p2.profile", profileId) : profileId)));
	}

	private Optional<IProfile> optionalProfile() {
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		return registry == null ? Optional.empty() : Optional.ofNullable(registry.getProfile(profileId));
	}

	private static Path dropins(IProfile profile) {
		String folder = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
		return (folder == null ? Path.of(System.getProperty("user.dir")) : Path.of(folder)).resolve("dropins");
	}

	/** Only {@code repositories}, and none they refer to: nothing the program remembers, nothing remote. */
	private ProvisioningContext context(URI... repositories) {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repositories);
		context.setArtifactRepositories(repositories);
		context.setProperty(ProvisioningContext.FOLLOW_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
		context.setProperty(ProvisioningContext.FOLLOW_ARTIFACT_REPOSITORY_REFERENCES, Boolean.FALSE.toString());
		// the check asks who signs a repository's host: a folder the user chose has none, and asking needs p2's network transport
		context.setProperty(ProvisioningContext.CHECK_AUTHORITIES, Boolean.FALSE.toString());
		return context;
	}

	/**
	 * p2 writes plugins/, features/, configuration/ and p2/; a program in a folder the user may
	 * only read (C:\Program Files, /opt) is said so before p2 fails halfway with an I/O error.
	 */
	private void checkWritable(IProfile profile) throws PluginException {
		List<Path> folders = new ArrayList<>();
		String install = profile.getProperty(IProfile.PROP_INSTALL_FOLDER);
		if (install != null) {
			Path root = Path.of(install);
			folders.addAll(List.of(root, root.resolve("plugins"), root.resolve("features"), root.resolve("configuration")));
		}
		fileLocation(System.getProperty("osgi.configuration.area")).ifPresent(folders::add);
		IAgentLocation location = agent.getService(IAgentLocation.class);
		if (location != null && "file".equals(location.getRootLocation().getScheme())) {
			folders.add(Path.of(location.getRootLocation()));
		}
		for (Path folder : folders) {
			if (Files.isDirectory(folder) && !canWrite(folder)) {
				throw new PluginException(Kind.REFUSED, Nls.bind(Messages.Plugins_NOT_WRITABLE, folder));
			}
		}
	}

	private static Optional<Path> fileLocation(String url) {
		if (url == null) {
			return Optional.empty();
		}
		try {
			// Equinox keeps its areas as unencoded file: URLs (a space stays a space)
			URI uri = URIUtil.fromString(url);
			return "file".equals(uri.getScheme()) ? Optional.of(Path.of(uri)) : Optional.empty();
		} catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
			return Optional.empty();
		}
	}

	/** By trying: permissions, ACLs and read-only mounts all say no the same way. */
	private static boolean canWrite(Path folder) {
		try {
			Files.delete(Files.createTempFile(folder, ".dangxiao-write-test-", ".tmp"));
			return true;
		} catch (IOException | SecurityException e) {
			return false;
		}
	}

	private Loaded load(LocalRepository local, IProgressMonitor monitor) throws PluginException {
		IMetadataRepositoryManager metadata = service(IMetadataRepositoryManager.class);
		IArtifactRepositoryManager artifacts = service(IArtifactRepositoryManager.class);
		URI location = local.location();
		boolean knewMetadata = metadata.contains(location);
		boolean knewArtifacts = artifacts.contains(location);
		try {
			return new Loaded(location, metadata.loadRepository(location, monitor), knewMetadata, knewArtifacts);
		} catch (ProvisionException e) {
			if (!knewMetadata) {
				metadata.removeRepository(location);
			}
			throw new PluginException(Kind.BAD_INPUT,
					Nls.bind(Messages.Repository_UNREADABLE, local.chosen(), message(e.getStatus())));
		}
	}

	private <S> S service(Class<S> type) throws PluginException {
		S service = agent.getService(type);
		if (service == null) {
			throw new PluginException(Kind.UNAVAILABLE, Nls.bind(Messages.Plugins_P2_INCOMPLETE, type.getSimpleName()));
		}
		return service;
	}

	private static PluginException cancelled() {
		return new PluginException(Kind.REFUSED, Messages.Plugins_CANCELLED);
	}

	/**
	 * A repository loaded for one operation. Loading makes p2 remember it (in p2's preferences);
	 * closing forgets it again unless the program knew it before.
	 */
	private final class Loaded implements AutoCloseable {
		private final URI location;
		private final IMetadataRepository metadata;
		private final boolean knewMetadata;
		private final boolean knewArtifacts;

		Loaded(URI location, IMetadataRepository metadata, boolean knewMetadata, boolean knewArtifacts) {
			this.location = location;
			this.metadata = metadata;
			this.knewMetadata = knewMetadata;
			this.knewArtifacts = knewArtifacts;
		}

		@Override
		public void close() {
			if (!knewMetadata) {
				IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
				if (manager != null) {
					manager.removeRepository(location);
				}
			}
			if (!knewArtifacts) {
				IArtifactRepositoryManager manager = agent.getService(IArtifactRepositoryManager.class);
				if (manager != null) {
					manager.removeRepository(location);
				}
			}
		}
	}
}
