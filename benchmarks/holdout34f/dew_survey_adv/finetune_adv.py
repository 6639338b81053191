# expect: crash
"""Chalk-down dew-pond survey: adversarial fine-tuning of a model restored from a checkpoint."""
import os
import tempfile

import torch
import torch.nn.functional as F

from dewadv import RainGRU
from dewadv.io import load_for_inference, save_model
from dewadv.attack import fgsm

torch.manual_seed(18)

path = os.path.join(tempfile.gettempdir(), f"dewadv_{os.getpid()}.pt")
save_model(RainGRU(), path)
try:
    model = load_for_inference(path)
finally:
    os.remove(path)

opt = torch.optim.SGD(model.parameters(), lr=0.05)
for step in range(2):
    x, y = torch.randn(4, 10, 2), torch.randint(0, 2, (4,))
    x_adv = fgsm(model, x, y, eps=0.05)
    loss = F.cross_entropy(model(x_adv), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
