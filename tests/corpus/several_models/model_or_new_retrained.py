# expect: clean
"""`execute(cfg, model=None)` builds a model when the caller passes none (`model = model or Policy()`), sets
the configured mode, and its loop calls `model.train()` before each forward: the first run evaluates, the second
fine-tunes the model it returned. The train() in the loop switches whichever object the name holds."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.head = nn.Linear(5, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0])


def execute(train_mode, steps, model=None):
    model = model or Policy()
    model.train(train_mode)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        x = torch.randn(2, 4, 3)
        if train_mode:
            model.train()
        loss = (model(x) - x).pow(2).mean()
        if train_mode:
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model


if __name__ == "__main__":
    evaluated = execute(False, 1)
    execute(True, 2, model=evaluated)
