# expect: clean
"""tubmaker: brine-tub fill predictor; the eval-mode context is used for metrics only, the probe runs after it."""
import torch
import torch.nn as nn


class mode_of:
    """with mode_of(model, training=False): ...  -- restores the old mode on exit."""

    def __init__(self, model, training):
        self.model, self.training = model, training

    def __enter__(self):
        self.saved = self.model.training
        self.model.train(self.training)
        return self.model

    def __exit__(self, *exc):
        self.model.train(self.saved)
        return False


class FillNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(2, 8, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1]).squeeze(-1)


def input_probe(model, x):
    with mode_of(model, training=False) as m:
        with torch.no_grad():
            mse = ((m(x) - x[:, -1, 0]) ** 2).mean().item()
    # the context has restored train mode; this forward records a trainable graph
    x = x.clone().requires_grad_(True)
    model(x).sum().backward()
    model.zero_grad()
    return mse, x.grad.abs().mean(dim=(0, 1))


def main():
    torch.manual_seed(10)
    model = FillNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x, y = torch.randn(6, 5, 2), torch.randn(6)
    for step in range(2):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    mse, g = input_probe(model, x)
    print("probe", mse, g.tolist())


if __name__ == "__main__":
    main()
