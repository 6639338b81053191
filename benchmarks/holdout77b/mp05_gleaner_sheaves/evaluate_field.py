# expect: crash
"""Gleaner sheaf counts: the report block runs under a mode-switching context
manager from the utils package, and the robustness probe inside it takes an
input gradient."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from gleaner import Evaluating, SheafNet, fgsm_margin, train_epochs  # noqa: E402

torch.manual_seed(11)
data = [(torch.randn(4, 7, 3), torch.randint(0, 3, (4,))) for _ in range(3)]
xv, yv = torch.randn(6, 7, 3), torch.randint(0, 3, (6,))

model = train_epochs(SheafNet(), data)
with Evaluating(model) as m:
    with torch.no_grad():
        acc = (m(xv).argmax(-1) == yv).float().mean().item()
    drop = fgsm_margin(m, xv, yv)
print(f"acc={acc:.2f} fgsm drop={drop:.2f} training={model.training}")
