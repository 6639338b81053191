# expect: crash
"""Ski-wax glide tests: predict glide time from snow-temperature traces. The trainer is an iterator that yields
after every optimisation step; the caller evaluates between steps."""
import torch
from torch import nn

torch.manual_seed(27)


class GlideLSTM(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True, proj_size=3)
        self.out = nn.Linear(3, 1)

    def forward(self, trace):
        return self.out(self.lstm(trace)[0][:, -1])


class GlideTrainer:
    def __init__(self, model, data, steps):
        self.model, self.data, self.steps = model, data, steps
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def __iter__(self):
        self.model.train()
        x, y = self.data
        for step in range(self.steps):
            idx = torch.randint(0, x.shape[0], (4,))
            loss = nn.functional.mse_loss(self.model(x[idx]), y[idx])
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
            yield step, loss.item()

    def evaluate(self, holdout):
        self.model.eval()
        with torch.no_grad():
            return nn.functional.mse_loss(self.model(holdout[0]), holdout[1]).item()


def glide_runs(n):
    trace = torch.randn(n, 5, 2)
    return trace, (10 - trace[:, :, 0].mean(1, keepdim=True))


if __name__ == "__main__":
    trainer = GlideTrainer(GlideLSTM(), glide_runs(12), steps=6)
    holdout = glide_runs(4)
    for step, loss in trainer:
        if step % 2 == 1:
            print(step, round(loss, 3), "holdout", round(trainer.evaluate(holdout), 3))
