import sys

from urdu_entities.cli.main import main

sys.exit(main())
