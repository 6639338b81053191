# expect: clean
"""Each trial of a sweep asks a cache for its model; a trial with the same size gets back the model an earlier
trial left in eval after validating it, but each trial calls train() before training."""
import torch
from torch import nn

_CACHE = {}


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


def cached_model(hidden):
    if hidden not in _CACHE:
        _CACHE[hidden] = Tagger(hidden)
    return _CACHE[hidden]


def trial(hidden):
    model = cached_model(hidden)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


if __name__ == "__main__":
    torch.manual_seed(0)
    for hidden in (4, 6, 4):
        print(hidden, trial(hidden))
