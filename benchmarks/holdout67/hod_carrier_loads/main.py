# expect: crash
"""Hod-carrier load classification: a pretrained encoder is frozen, and frozen parts are put in eval."""
import torch
import torch.nn.functional as F

from model import HodNet
from freezing import freeze, eval_if_frozen

torch.manual_seed(6)
model = HodNet(vocab=20, dim=8, hidden=8, classes=3)
freeze(model, ["encoder"])
model.apply(eval_if_frozen)
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
tokens = torch.randint(0, 20, (4, 9))
labels = torch.randint(0, 3, (4,))
for _ in range(3):
    loss = F.cross_entropy(model(tokens), labels)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss", round(loss.item(), 4))
