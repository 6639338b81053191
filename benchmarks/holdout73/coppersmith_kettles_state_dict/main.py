# expect: clean
"""Workshop A trains the seam-leak scorer and exports it; workshop B restores
the export and fine-tunes it on its own kettles."""
import shutil
import tempfile

import torch

from kettle import build_model, export_best, fine_tune, restore


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 7, 3, generator=g), torch.randint(0, 2, (4,), generator=g).float()) for _ in range(n)]


def main():
    torch.manual_seed(0)
    folder = tempfile.mkdtemp(prefix="kettle_")
    try:
        model = build_model()
        print("workshop A", [round(l, 3) for l in fine_tune(model, batches(3, 1))])
        path = export_best(model, folder)
        model_b = restore(path)
        print("workshop B", [round(l, 3) for l in fine_tune(model_b, batches(2, 2))])
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
