# expect: crash
"""`execute(cfg, model=None)` builds a model when the caller passes none (`model = model or Policy()`) and puts it
in eval mode to score it first; the loop then fine-tunes without a train(): the model the first run returned, or the
new one, runs its LSTM in eval mode before the backward."""
import torch
import torch.nn as nn


class Policy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 5, batch_first=True)
        self.head = nn.Linear(5, 3)

    def forward(self, x):
        return self.head(self.lstm(x)[0])


def execute(steps, model=None):
    model = model or Policy()
    model.eval()
    with torch.no_grad():
        print("before", float((model(torch.randn(2, 4, 3))).mean()))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        x = torch.randn(2, 4, 3)
        loss = (model(x) - x).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return model


if __name__ == "__main__":
    first = execute(1)
    execute(2, model=first)
