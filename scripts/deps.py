"""Print the pinned dependencies of pyproject.toml, one per line, for `pip install -r`."""

import tomllib
from pathlib import Path

pyproject = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
print("\n".join(pyproject["project"]["dependencies"]))
