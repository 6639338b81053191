# expect: crash
"""`rank_units()` evaluates the model (a helper that leaves it in eval mode), then scores each weight by its
gradient on a held-out batch: that backward crashes. Its fix, train() inside rank_units() after the evaluation,
leaves the model in train mode for the fine-tuning after the call, which is no second finding."""
import torch
from torch import nn


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.out = nn.Linear(6, 2)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq[:, -1])


def evaluate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def gradient_scores(model, x, y):
    model.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()  # TM001-here
    return {name: (p * p.grad).abs() for name, p in model.named_parameters() if p.grad is not None}


def rank_units(model, x, y):
    print("accuracy before", evaluate(model, x, y))
    return gradient_scores(model, x, y)


def fine_tune(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(steps):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    model = Scorer()
    x, y = torch.randn(5, 4, 3), torch.randint(0, 2, (5,))
    scores = rank_units(model, x, y)
    fine_tune(model, x, y)
