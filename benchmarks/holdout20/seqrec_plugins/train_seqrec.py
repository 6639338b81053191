# expect: clean
"""Sequential recommendation (GRU4Rec-like encoder + in-batch contrastive loss).

Callbacks are discovered through importlib.metadata entry points in the group
'seqrec.callbacks', the way an installed plugin package would register them;
the plugin distribution lives in ./plugins for this example.
"""
import os
import sys
from importlib.metadata import entry_points

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "plugins"))

import torch  # noqa: E402

from seqrec.model import SeqEncoder  # noqa: E402
from seqrec.loop import fit  # noqa: E402


def load_callbacks():
    return [ep.load()() for ep in sorted(entry_points(group="seqrec.callbacks"), key=lambda e: e.name)]


if __name__ == "__main__":
    torch.manual_seed(9)
    cbs = load_callbacks()
    print("callbacks:", [type(c).__name__ for c in cbs])
    model = SeqEncoder(n_items=20, dim=8)
    sessions = [torch.randint(0, 20, (4, 6)) for _ in range(3)]
    fit(model, sessions, callbacks=cbs, epochs=2)
