# expect: crash
"""`run_all` maps a list of steps the caller writes out, `[probe, fit]`, over the model with a comprehension:
the probe leaves the model in eval mode and fit()'s backward, next in the list, runs through it."""
import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1])


def probe(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.cross_entropy(model(x), y).item()


def fit(model, x, y):
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return loss.item()


def run_all(steps, model, x, y):
    return [step(model, x, y) for step in steps]


def main():
    torch.manual_seed(4)
    model = Tagger()
    x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
    print(run_all([probe, fit], model, x, y))


if __name__ == "__main__":
    main()
