# expect: crash
"""Cough detection: `prepare` is a functools.singledispatch registered across modules. The GRU
registration (in cough/models/streaming.py) puts the recurrent encoder in eval to fix its
streaming state handling; the script then fine-tunes the whole detector on a new hospital."""
import torch
import torch.nn.functional as F

import cough.models  # noqa: F401  (registers the overloads)
from cough.models.detector import CoughDetector
from cough.prep import prepare


def main():
    torch.manual_seed(0)
    model = CoughDetector()
    for child in model.children():
        prepare(child)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    x, y = torch.randn(4, 12, 6), torch.randint(0, 2, (4,)).float()
    for step in range(2):
        loss = F.binary_cross_entropy_with_logits(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, loss.item())


if __name__ == "__main__":
    main()
