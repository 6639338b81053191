# expect: clean
"""`run_all` maps a list of steps the caller writes out, `[fit, probe]`, over the model with a comprehension:
fit() runs first, in train mode; the probe's eval comes after the only backward."""
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
    loss.backward()
    return loss.item()


def run_all(steps, model, x, y):
    return [step(model, x, y) for step in steps]


def main():
    torch.manual_seed(4)
    model = Tagger()
    x, y = torch.randn(5, 6, 4), torch.randint(0, 3, (5,))
    print(run_all([fit, probe], model, x, y))


if __name__ == "__main__":
    main()
