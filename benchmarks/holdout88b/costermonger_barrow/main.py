# expect: crash
"""Costermonger barrow sales: per-sample gradient norms to flag noisy daily records."""
import os
import sys

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from barrow import SalesModel, fit, per_sample_grad_norms  # noqa: E402

torch.manual_seed(5)


def main():
    x = torch.randn(8, 6, 3)
    y = torch.randn(8)
    model = SalesModel(n_in=3, hidden=8)
    fit(model, x, y, epochs=2)
    norms = per_sample_grad_norms(model, x, y)
    suspicious = torch.topk(norms, k=2).indices.tolist()
    print("norms", [round(v, 3) for v in norms.tolist()], "suspicious", suspicious)


if __name__ == "__main__":
    main()
