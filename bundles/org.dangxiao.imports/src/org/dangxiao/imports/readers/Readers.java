package org.dangxiao.imports.readers;

import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.dangxiao.imports.ImportException;
import org.dangxiao.imports.Messages;
import org.dangxiao.model.nls.Nls;

/** What POI's many exceptions mean for the user. */
final class Readers {
	private Readers() {
	}

	static ImportException failure(Path file, Throwable e) {
		if (e instanceof ImportException ie) {
			return ie;
		}
		String name = file.getFileName().toString();
		for (Throwable t = e; t != null; t = t.getCause()) {
			String m = String.valueOf(t.getMessage());
			if (t instanceof EncryptedDocumentException || m.contains("EncryptionInfo") || m.contains("password")) {
				return new ImportException(Nls.bind(Messages.Read_ENCRYPTED, name), e);
			}
			if (m.contains("Zip bomb") || m.contains("exceed the max size")) {
				return new ImportException(Nls.bind(Messages.Read_TOO_BIG, name), e);
			}
			if (t instanceof NotOfficeXmlFileException || t instanceof ODFNotOfficeXmlFileException) {
				return new ImportException(Nls.bind(Messages.Read_NOT_A_SPREADSHEET, name), e);
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return new ImportException(Nls.bind(Messages.Read_DAMAGED, name, e.getMessage()), e);
	}
}
