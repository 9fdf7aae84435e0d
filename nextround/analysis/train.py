"""Re-train an analyser's model: `python -m nextround.analysis.train NAME` (see REGISTRY)."""

from __future__ import annotations

import importlib
import os
import sys

# One BLAS thread makes the float sums, and so the exported weights, reproducible.
for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

# name -> module with a main() -> int; add one line per trained analyser.
REGISTRY = {
    "email": "nextround.analysis.train_email",
    "feedback": "nextround.analysis.train_feedback",
    "notes": "nextround.analysis.train_notes",
}


def main(argv: list[str] | None = None) -> int:
    """Run the named trainer, or list the names when none or an unknown one is given."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or args[0] not in REGISTRY:
        print(f"usage: python -m nextround.analysis.train {{{','.join(sorted(REGISTRY))}}}")
        return 2
    return importlib.import_module(REGISTRY[args[0]]).main()


if __name__ == "__main__":
    sys.exit(main())
