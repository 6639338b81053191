# expect: clean
"""Input-gradient regularisation for an LSTM stance classifier; the twice-differentiated step runs without cuDNN."""
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("igr")
CFG = {"lam": 0.1, "hidden": 8, "emb": 6, "steps": 2, "lr": 0.05}


class Stance(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        self.lstm = nn.LSTM(cfg["emb"], cfg["hidden"], batch_first=True)
        self.fc = nn.Linear(cfg["hidden"], 3)

    def forward(self, e):
        o, _ = self.lstm(e)
        return self.fc(o[:, -1])


def igr_loss(model, emb, y, lam):
    emb = emb.requires_grad_(True)
    ce = F.cross_entropy(model(emb), y)
    g, = torch.autograd.grad(ce, emb, create_graph=True)
    return ce + lam * g.pow(2).sum(dim=(1, 2)).mean()


def main():
    logging.basicConfig(level=logging.INFO, format="%(name)s %(message)s")
    torch.manual_seed(3)
    model = Stance(CFG).train()
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    for step in range(CFG["steps"]):
        emb, y = torch.randn(4, 5, CFG["emb"]), torch.randint(0, 3, (4,))
        with torch.backends.cudnn.flags(enabled=False):
            loss = igr_loss(model, emb, y, CFG["lam"])
            opt.zero_grad()
            loss.backward()
        opt.step()
        log.info("step %d loss %.4f", step, loss.item())


if __name__ == "__main__":
    main()
