# expect: clean
"""Pewterer casting-defect detector, wrapper with a `frozen` property.

The wrapper's `frozen` setter flips `self.training` on the wrapper itself to stop the
scheduler from stepping; the LSTM inside keeps its own flag, so backward stays legal.
"""
import torch
import torch.nn as nn

torch.manual_seed(6)


class DefectNet(nn.Module):
    def __init__(self, d=5, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.head = nn.Linear(h, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


class CastingWrapper(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = DefectNet()

    @property
    def model(self):
        return self.net

    @property
    def frozen(self):
        return not self.training

    @frozen.setter
    def frozen(self, value):
        self.training = not value

    def forward(self, x):
        return self.model(x)


def main():
    w = CastingWrapper()
    opt = torch.optim.SGD(w.parameters(), lr=0.05)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    for ep in range(3):
        w.frozen = ep >= 1  # freeze the LR schedule after the warm-up epoch
        for _ in range(2):
            x, y = torch.randn(4, 6, 5), torch.randint(0, 2, (4,))
            loss = nn.functional.cross_entropy(w(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        if not w.frozen:
            sched.step()
        print(f"epoch {ep} frozen={w.frozen} lstm.training={w.model.lstm.training} lr={opt.param_groups[0]['lr']:.4f}")


if __name__ == "__main__":
    main()
