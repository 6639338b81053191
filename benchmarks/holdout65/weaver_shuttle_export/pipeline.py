# expect: crash
"""weaver: shuttle-timing model. Stage 1 pretrains and exports, stage 2 reloads the
export and adapts it to a new loom."""
import os
import tempfile

import torch

from shuttle.stages import pretrain, export, adapt


def main():
    torch.manual_seed(10)
    tmp = tempfile.mkdtemp(prefix="weaver_")
    path = os.path.join(tmp, "shuttle.pt")
    try:
        model = pretrain(epochs=2)
        export(model, path)
        print("adapted", adapt(path, steps=2))
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(tmp)


if __name__ == "__main__":
    main()
