# expect: crash
"""Net braiding: predicts mesh tension from shuttle pulls. Entry only builds and fits."""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent / "src"))

from braid import *  # noqa: F401,F403,E402

if __name__ == "__main__":
    task = MeshTask(MODELS["gru_mesh"](hidden=6))
    Runner(task, max_epochs=2).fit()
    print("finished", task.seen)
