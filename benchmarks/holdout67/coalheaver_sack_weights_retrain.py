# expect: clean
"""Coalheaver sack-weight regression: a GRU scorer held inside an explainer object.

The explainer is built with the model and puts it into eval mode in its constructor;
the refiner puts the shared model back into train mode before its extra step.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class SackNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


class GradientExplainer:
    def __init__(self, model):
        self.model = model.eval()

    def explain(self, x):
        x = x.clone().requires_grad_(True)
        with torch.no_grad():
            base = self.model(x).detach()
        return base


class Refiner:
    def __init__(self, explainer, lr=1e-2):
        self.explainer = explainer
        self.opt = torch.optim.SGD(explainer.model.parameters(), lr=lr)

    def step(self, x, y):
        model = self.explainer.model
        model.train()
        pred = model(x)
        loss = ((pred - y) ** 2).mean()
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


def main():
    model = SackNet()
    x = torch.randn(4, 6, 3)
    y = torch.randn(4)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    explainer = GradientExplainer(model)
    print("baseline", explainer.explain(x).shape)
    refiner = Refiner(explainer)
    print("refined loss", refiner.step(x, y))


if __name__ == "__main__":
    main()
