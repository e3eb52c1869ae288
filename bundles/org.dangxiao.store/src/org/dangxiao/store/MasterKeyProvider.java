package org.dangxiao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master key of Eclipse secure storage when no desktop keyring is there (an office PC on an
 * internal network, a test machine): a random key made once per user, readable by that user only.
 * Secure storage encrypts server passwords with it; the passwords themselves never reach a plain file.
 */
public class MasterKeyProvider extends PasswordProvider {
	@Override
	public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
		try {
			return new PBEKeySpec(key().toCharArray());
		} catch (IOException e) {
			return null; // secure storage then reports that it has no password
		}
	}

	static synchronized String key() throws IOException {
		Path file = Path.of(System.getProperty("user.home"), ".dangxiao", "secure", "master-key");
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.US_ASCII).strip();
		}
		Files.createDirectories(file.getParent());
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String key = Base64.getEncoder().encodeToString(bytes);
		Path tmp = Files.createTempFile(file.getParent(), "key", ".tmp");
		try {
			Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
		} catch (UnsupportedOperationException notPosix) {
			// Windows: the user profile folder is private already
		}
		Files.writeString(tmp, key, StandardCharsets.US_ASCII);
		Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		return key;
	}
}
