import sys

from dyads.cli import main

sys.exit(main())
