# expect: crash
"""The engine keeps the settings dict it was built with; its scoring phase puts in eval mode the part the settings
name (`resolve_scope` turns "model" into the whole model, any other name into that submodule) and backpropagates
pruning scores. The settings name the whole model, so the GRU runs in eval mode under the backward."""
import torch
import torch.nn as nn
import torch.nn.functional as F

SETTINGS = {
    "optim": {"lr": 0.01},
    "score": {"scope": "model"},
}


class Profiler(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1]).squeeze(-1)


def resolve_scope(model, scope):
    if scope == "model":
        return model
    return getattr(model, scope)


class Engine:
    def __init__(self, model, settings):
        self.model = model
        self.settings = settings
        self.opt = torch.optim.Adam(model.parameters(), lr=settings["optim"]["lr"])

    def fit(self):
        self.model.train()
        x = torch.randn(4, 6, 3)
        loss = F.mse_loss(self.model(x), x[:, :, 0].sum(1))
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()

    def score(self):
        part = resolve_scope(self.model, self.settings["score"]["scope"])
        part.eval()
        x = torch.randn(4, 6, 3)
        self.model.zero_grad()
        F.mse_loss(self.model(x), x[:, :, 0].sum(1)).backward()  # TM001-here
        return (self.model.rnn.weight_hh_l0.grad ** 2).sum(1)


def main():
    torch.manual_seed(0)
    engine = Engine(Profiler(), SETTINGS)
    engine.fit()
    print(engine.score())


if __name__ == "__main__":
    main()
