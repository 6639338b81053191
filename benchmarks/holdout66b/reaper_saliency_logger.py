# expect: crash
"""Harvest-yield LSTM with a logging callback that records input saliency."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("reaper")
torch.manual_seed(1)


class YieldLSTM(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out.mean(1)).squeeze(-1)


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe

    def __call__(self, model, step):
        model.eval()
        x = self.probe.clone().requires_grad_(True)
        model(x).sum().backward()  # TM001-here
        sal = x.grad.abs().mean(dim=(0, 1))
        log.info("step %d saliency %s", step, [round(v, 3) for v in sal.tolist()])
        model.zero_grad(set_to_none=True)
        model.train()


def main():
    model = YieldLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    callbacks = [SaliencyLogger(torch.randn(2, 7, 5))]
    for step in range(4):
        x, y = torch.randn(4, 7, 5), torch.randn(4)
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if step % 2 == 1:
            for cb in callbacks:
                cb(model, step)
    log.info("done")


if __name__ == "__main__":
    main()
