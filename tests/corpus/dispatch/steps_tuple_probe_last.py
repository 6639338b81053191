# expect: clean
"""A row of step functions run in order: the fitting step runs first, in train mode, and the probe after it
leaves eval mode behind only when nothing trains any more."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def probe(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


def fit(model, x, y):
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return loss.item()


def main():
    torch.manual_seed(0)
    model = Tagger()
    x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
    for step in (fit, probe):
        print(step.__name__, step(model, x, y))


if __name__ == "__main__":
    main()
