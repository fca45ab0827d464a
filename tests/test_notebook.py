"""notebooks/quickstart.ipynb runs top to bottom, offline and quickly, on the kernel of
the Python running the tests (so it uses this venv's cnevents)."""

from __future__ import annotations

import json
import sys
import time

import nbformat
from nbclient import NotebookClient

from explore_helpers import ROOT

NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
KERNEL = "cnevents-test"


def _kernel_for_this_python(tmp_path, monkeypatch) -> None:
    """A kernelspec pointing at sys.executable, found first through JUPYTER_PATH: a
    user-wide "python3" kernel of another Python must not be picked."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "cnevents tests", "language": "python",
    }), encoding="utf-8")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    # Keep the kernel's runtime files and IPython profile out of the user's home.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")


def test_notebook_is_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(not c.outputs and c.execution_count is None for c in code)


def test_quickstart_notebook_runs(tmp_path, monkeypatch):
    _kernel_for_this_python(tmp_path, monkeypatch)
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(nb, timeout=120, kernel_name=KERNEL, resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    started = time.monotonic()
    client.execute()  # raises CellExecutionError on the first failing cell
    elapsed = time.monotonic() - started
    assert elapsed < 60, f"the quickstart took {elapsed:.0f} s"

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = "\n".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert 'class="entity"' in html and "person:kim-jong-un" in html  # displacy
    pngs = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(pngs) >= 3  # Kim's trips, all events, the map
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "2 documents" in text and "0 errors" in text
    assert "河内" in html or "河内" in text  # the trips table
