# expect: crash
# fix: cudnn
"""The phase is passed down two calls: `step(model, phase)` calls `configure(model, phase)`, which does
`model.train(phase != "eval")`; the calibration pass runs `step` with "eval" and back-propagates."""
import torch
import torch.nn as nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def configure(model, phase):
    model.train(phase != "eval")
    return model


def step(model, opt, phase, x, y):
    loss = nn.functional.mse_loss(configure(model, phase)(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(5)
    model = Scorer()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(4, 6, 4), torch.randn(4, 1)
    print("train", round(step(model, opt, "train", x, y), 4))
    print("calibrate", round(step(model, opt, "eval", x, y), 4))


if __name__ == "__main__":
    main()
