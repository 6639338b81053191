# expect: crash
"""Inside `for step, batch in enumerate(loader)`, the batch at `step == 2` is held out: the model is switched to
eval mode to score it and never switched back, so the batches after it train in eval mode."""
import torch
from torch import nn


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.head = nn.Linear(6, 2)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.head(seq[:, -1])


def fit(model, loader):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for step, (x, y) in enumerate(loader):
        if step == 2:
            model.eval()
            with torch.no_grad():
                print("held-out loss", nn.functional.cross_entropy(model(x), y).item())
        else:
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()


if __name__ == "__main__":
    loader = [(torch.randn(3, 5, 4), torch.randint(0, 2, (3,))) for _ in range(4)]
    fit(Tracker(), loader)
