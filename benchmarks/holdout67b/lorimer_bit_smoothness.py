# expect: crash
"""Lorimer (bit and spur maker): predict rein-tension spikes from a bridle sensor
with an LSTM, regularised by the squared norm of the input gradient (a smoothness
penalty that needs a second backward pass)."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(7)
CFG = {"hidden": 10, "batch": 6, "steps": 3, "penalty": 0.1, "seq": 8}


class BridleLSTM(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.head(y.mean(1))


def smoothness(model, x, y):
    x = x.requires_grad_(True)
    logits = model(x)
    ce = F.cross_entropy(logits, y)
    (gx,) = torch.autograd.grad(ce, x, create_graph=True)
    return ce, gx.pow(2).sum(dim=(1, 2)).mean()


def run(cfg):
    model = BridleLSTM(cfg["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for step in range(cfg["steps"]):
        x = torch.randn(cfg["batch"], cfg["seq"], 3)
        y = torch.randint(0, 2, (cfg["batch"],))
        ce, pen = smoothness(model, x, y)
        total = ce + cfg["penalty"] * pen
        opt.zero_grad()
        total.backward()  # TM003-here
        opt.step()
        print(f"step {step} ce={ce.item():.3f} pen={pen.item():.4f}")


if __name__ == "__main__":
    run(CFG)
