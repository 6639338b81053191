# expect: crash
"""Wheeltapper: axle-crack detection from hammer-tap audio envelopes.

Consistency regularisation: the prediction on a jittered copy, taken in eval mode
without gradients, is the target; both predictions are taken inside the eval context.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402
import torch.nn as nn  # noqa: E402

from wheeltapper import ConsistencyStep, EvalMode  # noqa: E402


class TapGRU(nn.Module):
    def __init__(self, d=5, h=8):
        super().__init__()
        self.gru = nn.GRU(d, h, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(h, 2)

    def forward(self, x):
        return self.head(self.drop(self.gru(x)[0][:, -1]))


def main():
    torch.manual_seed(4)
    model = TapGRU()
    step = ConsistencyStep(model, torch.optim.Adam(model.parameters(), lr=1e-2), weight=0.5)
    x, y = torch.randn(8, 6, 5), torch.randint(0, 2, (8,))
    model.train()
    for it in range(3):
        print("iter", it, "loss", round(step(x, y), 4))
    with EvalMode(model), torch.no_grad():
        print("acc", (model(x).argmax(-1) == y).float().mean().item())


if __name__ == "__main__":
    main()
