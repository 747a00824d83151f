"""Encrypted Office Open XML files (.docx/.xlsx/.pptx that Office stores as an OLE file holding an
"EncryptedPackage"), opened with msoffcrypto-tool when a password everyone knows opens them: the empty password, and
"VelvetSweatshop", the one Excel uses for a workbook that is "protected" without a password of its own. Agencies
release such files without knowing they are encrypted; their text is as public as the rest.

A file either password opens is read as the unencrypted package would be, each page's reason saying so (and the
findings' detail, `decrypted_with_default_password`, through extract/placement.py); any other is one error row
saying it is password-protected and what to do.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path

from foiakit.errors import FileFailure
from foiakit.model import Document, Settings, SourceFile

DEFAULT_PASSWORDS = ("", "VelvetSweatshop")
DECRYPTED_MARK = "decrypted with a default password"
PROTECTED = (
    "password-protected Office file (an encrypted .docx/.xlsx/.pptx; neither the empty password nor Excel's "
    "default opens it): not read; open it with its password and save an unprotected copy, or ask the agency for one"
)


def ingest_encrypted_ooxml(source: SourceFile, settings: Settings) -> Document:
    from foiakit.ingest.office import read_package_file

    opened = _decrypt(source.path)
    if opened is None:
        raise FileFailure("encrypted", PROTECTED)
    package, password = opened
    work_dir = settings.work_dir or Path(".foiakit-work")
    work_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=work_dir, prefix="decrypted-", suffix=".zip") as plain:
        plain.write(package)
        plain.flush()
        document = read_package_file(replace(source, path=Path(plain.name)))
    said = f"{DECRYPTED_MARK} ({'the empty password' if not password else repr(password)})"
    pages = tuple(replace(page, ocr_reason=f"{page.ocr_reason}; {said}") for page in document.pages)
    return replace(document, source=source, pages=pages)


def _decrypt(path: Path) -> tuple[bytes, str] | None:
    """The decrypted package and the password that opened it, or None when no default password does."""
    import io

    import msoffcrypto

    for password in DEFAULT_PASSWORDS:
        try:
            with path.open("rb") as handle:
                office = msoffcrypto.OfficeFile(handle)
                if password:
                    office.load_key(password=password, verify_password=True)
                else:  # the library takes an empty password for none: its key is made here
                    office.load_key(secret_key=_empty_password_key(office))
                plain = io.BytesIO()
                office.decrypt(plain)
        except Exception:  # a wrong password, an unknown encryption method or a damaged container: the next one
            continue
        package = plain.getvalue()
        if package.startswith(b"PK"):
            return package, password
    return None


def _empty_password_key(office: object) -> bytes:
    """The key the empty password makes, for the two ECMA-376 encryption methods Office writes."""
    from msoffcrypto.method.ecma376_agile import ECMA376Agile
    from msoffcrypto.method.ecma376_standard import ECMA376Standard

    kind, info = getattr(office, "type", None), getattr(office, "info", {})
    if kind == "agile":
        if not ECMA376Agile.verify_password(
            "", info["passwordSalt"], info["passwordHashAlgorithm"], info["encryptedVerifierHashInput"],
            info["encryptedVerifierHashValue"], info["spinValue"], info["passwordKeyBits"],
        ):  # fmt: skip
            raise ValueError("not the empty password")
        return ECMA376Agile.makekey_from_password(
            "", info["passwordSalt"], info["passwordHashAlgorithm"], info["encryptedKeyValue"], info["spinValue"],
            info["passwordKeyBits"],
        )  # fmt: skip
    if kind == "standard":
        header, verifier = info["header"], info["verifier"]
        key = ECMA376Standard.makekey_from_password(
            "", header["algId"], header["algIdHash"], header["providerType"], header["keySize"],
            verifier["saltSize"], verifier["salt"],
        )  # fmt: skip
        if not ECMA376Standard.verifykey(key, verifier["encryptedVerifier"], verifier["encryptedVerifierHash"]):
            raise ValueError("not the empty password")
        return key
    raise ValueError(f"encryption method {kind!r} has no password key")
