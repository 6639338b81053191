# expect: clean
"""Spur-rowel defect tagging with an LSTM: connection-sensitivity pruning scores on a validation batch, taken once the eval block has closed."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class RowelTagger(nn.Module):
    def __init__(self, n_in=5, hidden=10, n_cls=3):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.fc(out.mean(1))


class evaluating:
    """Switch a module to eval on enter, restore the old mode on exit."""

    def __init__(self, module):
        self.module = module
        self.prev = None

    def __enter__(self):
        self.prev = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.prev)
        return False


def snip_scores(model, x, y):
    model.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    return {n: (p.grad * p).abs().sum().item() for n, p in model.named_parameters()}


def main():
    model = RowelTagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for step in range(4):
        x, y = torch.randn(6, 8, 5), torch.randint(0, 3, (6,))
        opt.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        opt.step()
    xv, yv = torch.randn(6, 8, 5), torch.randint(0, 3, (6,))
    with evaluating(model) as m:
        with torch.no_grad():
            acc = (m(xv).argmax(1) == yv).float().mean().item()
    scores = snip_scores(model, xv, yv)
    print("acc", acc, "weakest", min(scores, key=scores.get))


if __name__ == "__main__":
    main()
