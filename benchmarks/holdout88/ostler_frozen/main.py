# expect: crash
"""Ostler stable-feed intake: a pretrained GRU encoder kept frozen by an overridden train()."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch
import torch.nn.functional as F

from ostler.nets import IntakeModel


def main():
    torch.manual_seed(7)
    tokens = torch.randint(0, 20, (6, 8))
    target = torch.randn(6)
    model = IntakeModel(vocab=20, dim=8)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for step in range(3):
        model.train()
        opt.zero_grad()
        loss = F.mse_loss(model(tokens), target)
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4), model.encoder.training)


if __name__ == "__main__":
    main()
