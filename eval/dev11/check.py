#!/usr/bin/env python3
"""Sanity checks for the eval/dev11 gold files (run: python3 check.py from this folder): the shared
checker, scripts/check_gold.py, on this folder."""
import runpy, sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.argv = [str(here.parents[1] / "scripts" / "check_gold.py"), str(here)]
runpy.run_path(sys.argv[0], run_name="__main__")
