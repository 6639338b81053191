# expect: clean
"""Parchment-stretching: fine-tune a pretrained ink-bleed model, keeping the encoder's statistics fixed."""
import logging

import torch
from torch import nn

CONFIG = {"hidden": 8, "n_in": 4, "lr": 5e-3, "steps": 3, "fixed_prefixes": ("encoder.", "encoder_norm")}
logging.basicConfig(level=logging.WARNING)
log = logging.getLogger(__name__)


class InkBleed(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.stem = nn.Linear(n_in, hidden)
        self.encoder = nn.GRU(hidden, hidden, batch_first=True)
        self.encoder_norm = nn.LayerNorm(hidden)
        self.decoder = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.encoder(torch.relu(self.stem(x)))
        return self.decoder(self.encoder_norm(h)).squeeze(-1)


def fix_submodules(model, prefixes):
    touched = []
    for name, module in model.named_modules():
        if name and name.startswith(prefixes):
            module.eval()
            touched.append(name)
    log.info("fixed: %s", touched)
    return touched


def main(cfg):
    torch.manual_seed(9)
    model = InkBleed(cfg["n_in"], cfg["hidden"]).train()
    fixed = fix_submodules(model, cfg["fixed_prefixes"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for step in range(cfg["steps"]):
        x, y = torch.randn(4, 6, cfg["n_in"]), torch.randn(4, 6)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("fixed", fixed, "loss", round(loss.item(), 4))


if __name__ == "__main__":
    main(CONFIG)
