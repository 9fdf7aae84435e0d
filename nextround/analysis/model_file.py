"""Writing a trained model: weights as a reproducible .npz and its metadata as JSON."""

import hashlib
import io
import json
import zipfile
from pathlib import Path

import numpy as np

# A fixed timestamp inside the archive keeps re-runs byte-identical.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def save_model(path: Path, arrays: dict[str, np.ndarray], meta: dict) -> None:
    """Write arrays to path (.npz) and meta, with the weights' sha256, beside it as .json."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.save(buffer, array, allow_pickle=False)
            archive.writestr(zipfile.ZipInfo(name + ".npy", _EPOCH), buffer.getvalue())
    meta["weights_sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    path.with_suffix(".json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
