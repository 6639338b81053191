# expect: clean
"""River ice break-up; frozen eval GRU whose inputs need no grad: the site embedding is
added after the encoder, so only the head and the embedding learn."""
from collections import ChainMap
import torch
import torch.nn as nn

torch.manual_seed(11)
defaults = {"hidden": 8, "lr": 1e-2, "freeze_encoder": False, "steps": 3}
site_cfg = {"freeze_encoder": True}
cli = {"steps": 2}
cfg = ChainMap(cli, site_cfg, defaults)


class BreakupModel(nn.Module):
    def __init__(self, n_sites=5, hidden=8):
        super().__init__()
        self.site = nn.Embedding(n_sites, hidden)
        self.enc = nn.GRU(2, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, daily, site):
        return self.reg(self.enc(daily)[0][:, -1] + self.site(site)).squeeze(-1)


model = BreakupModel(hidden=cfg["hidden"])
if cfg["freeze_encoder"]:
    model.enc.eval()
    for p in model.enc.parameters():
        p.requires_grad = False
opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=cfg["lr"])
for step in range(cfg["steps"]):
    daily, site, day = torch.randn(4, 20, 2), torch.randint(0, 5, (4,)), torch.rand(4) * 30
    loss = nn.functional.l1_loss(model(daily, site), day)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 3))
