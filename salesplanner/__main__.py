from salesplanner.cli import main

raise SystemExit(main())
