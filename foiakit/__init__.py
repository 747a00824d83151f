"""foiakit: turn a FOIA release into evidence."""

__version__ = "0.1.0"
