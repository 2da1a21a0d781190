"""Entry script of the frozen app: the same command line as `python -m salesplanner`."""

from salesplanner.cli import main

raise SystemExit(main())
