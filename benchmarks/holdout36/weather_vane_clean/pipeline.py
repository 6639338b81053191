# expect: clean
"""Three-stage pipeline: pretrain on the archive, export a rooftop snapshot, adapt it on site."""
import os
import tempfile

import torch

from vanes import export_snapshot, pretrain, resume_on_site


def readings(n, batch=4, steps=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = torch.randn(batch, steps, 2, generator=g)
        out.append((x, x[:, -2:, :1].sum(1)))
    return out


def main():
    torch.manual_seed(0)
    model = pretrain(readings(4))
    tmpdir = tempfile.mkdtemp()
    path = os.path.join(tmpdir, "rooftop.pt")
    try:
        export_snapshot(model, path)
        site_model = resume_on_site(path, readings(3, seed=5))
        print("adapted:", type(site_model).__name__, site_model.training)
    finally:
        if os.path.exists(path):
            os.remove(path)
        os.rmdir(tmpdir)


if __name__ == "__main__":
    main()
