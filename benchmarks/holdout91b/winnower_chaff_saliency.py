# expect: crash
"""Winnower: chaff-fraction regression from a blower-speed trace, saliency logged per epoch."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("winnower")


class ChaffNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def on_epoch_end(self, model, epoch):
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        score = model(x).sum()
        score.backward()  # TM001-here
        log.info("epoch %d saliency %.4f", epoch, x.grad.abs().mean().item())


def main():
    torch.manual_seed(0)
    model = ChaffNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(16, 6, 3), torch.rand(16)
    cb = SaliencyLogger(torch.randn(2, 6, 3))
    for epoch in range(2):
        model.train()
        for i in range(0, 16, 4):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(xs[i:i + 4]), ys[i:i + 4])
            loss.backward()
            opt.step()
        cb.on_epoch_end(model, epoch)
    log.info("done")


if __name__ == "__main__":
    main()
