# expect: crash
"""Matmaker weave-defect tagger: gradient-based pruning scores on a validation batch."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class WeaveTagger(nn.Module):
    def __init__(self, n_in=6, hidden=8, n_cls=3):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1])


def batch(n=4):
    return torch.randn(n, 5, 6), torch.randint(0, 3, (n,))


def train_epoch(model, opt, steps=3):
    model.train()
    for _ in range(steps):
        x, y = batch()
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


def validate(model):
    model.eval()
    with torch.no_grad():
        x, y = batch()
        return nn.functional.cross_entropy(model(x), y).item()


def snip_scores(model):
    # score = |w * dL/dw| on a held-out batch; model is still in eval from validate()
    x, y = batch()
    model.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    return {n: (p * p.grad).abs().sum().item() for n, p in model.named_parameters() if p.grad is not None}


def main():
    model = WeaveTagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    train_epoch(model, opt)
    print("val", round(validate(model), 4))
    scores = snip_scores(model)
    print("scores", len(scores))


if __name__ == "__main__":
    main()
