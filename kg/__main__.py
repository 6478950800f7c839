"""``python -m kg`` runs the CLI (the tests start the real server this way)."""

from kg.cli import main

main()
