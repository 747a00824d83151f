"""Reports over a store: the data (summary.py), and its renderings for a terminal, HTML and Markdown."""
