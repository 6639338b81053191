# expect: crash
"""Fletcher arrow-flight model: a class context manager switches to eval for a calibration step."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class ArrowModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.drop(self.gru(x)[1][-1])).squeeze(-1)


class EvalMode:
    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


class Calibrator:
    """Fits a scalar temperature-like bias on the deterministic (dropout-free) output."""

    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.head.parameters(), lr=0.05)

    def step(self, x, y):
        with EvalMode(self.model) as m:
            loss = (m(x) - y).pow(2).mean()
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


def main():
    model = ArrowModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        x = torch.randn(4, 12, 3)
        loss = (model(x) - x[:, -1, 0]).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    cal = Calibrator(model)
    for _ in range(2):
        x = torch.randn(4, 12, 3)
        print("calib", cal.step(x, x[:, -1, 0]))
    print("mode restored:", model.training)


if __name__ == "__main__":
    main()
