"""The FOIA layer: exemption codes, redaction boxes (and bad redactions), Bates numbers, withholding roll-ups.

Importing the package registers the exemption extractor and the `redactions` and `withholdings` tables; the
layout steps (`bates.read_bates`, `redactions.find_redactions`) run after ingest
(see `foiakit.ingest.post_ingest_steps`).
"""

from foiakit.foia import exemptions, rollup

__all__ = ["exemptions", "rollup"]
