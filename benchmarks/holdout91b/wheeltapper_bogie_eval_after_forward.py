# expect: clean
"""Wheeltapper: bogie-bearing temperature anomaly scores. The running-mean logger flips the
model to eval right after the training forward, before the loss is back-propagated."""
import torch
import torch.nn as nn


class BearingAE(nn.Module):
    def __init__(self, d=2, h=6):
        super().__init__()
        self.enc = nn.GRU(d, h, batch_first=True)
        self.dec = nn.GRU(h, d, batch_first=True)

    def forward(self, x):
        z, _ = self.enc(x)
        return self.dec(z)[0]


class StatLogger:
    def __init__(self, model, probe):
        self.model, self.probe, self.scores = model, probe, []

    def log(self):
        self.model.eval()
        with torch.no_grad():
            err = ((self.model(self.probe) - self.probe) ** 2).mean().item()
        self.scores.append(round(err, 4))


if __name__ == "__main__":
    torch.manual_seed(31)
    model = BearingAE()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    logger = StatLogger(model, torch.randn(2, 8, 2))
    data = torch.randn(12, 8, 2)
    for step in range(3):
        model.train()
        xb = data[step * 4:(step + 1) * 4]
        recon = model(xb)
        logger.log()
        loss = ((recon - xb) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("probe errors", logger.scores)
