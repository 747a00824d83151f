"""The FOIA layer: exemption codes, redaction boxes (and bad redactions), Bates numbers, withholding roll-ups.

Importing the package registers the exemption extractor and the roll-up tables; the layout steps
(`redactions.find_redactions`, `bates.read_bates`) run after ingest (see `foiakit.ingest.post_ingest_steps`).
"""

from foiakit.foia import exemptions

__all__ = ["exemptions"]
