# expect: clean
"""Tide gauge pseudo-labelling: a context-manager class puts the model in eval mode for the pseudo-labelling pass
and, on exit, puts back every submodule's own flag from the (module, flag) pairs it kept on entry
(`[(m, m.training) for m in self.model.modules()]`), so the self-training step after it runs the LSTM in train mode."""
import torch
import torch.nn.functional as F
from torch import nn


class EvalScope:
    def __init__(self, model):
        self.model = model
        self._kept = []

    def __enter__(self):
        self._kept = [(m, m.training) for m in self.model.modules()]
        self.model.eval()
        return self.model

    def __exit__(self, *exc):
        for m, flag in self._kept:
            m.training = flag
        return False


class TideNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.out = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def self_train_step(model, opt, x):
    with EvalScope(model) as m:
        with torch.no_grad():
            pseudo = m(x).argmax(-1)
    loss = F.cross_entropy(model(x + 0.05 * torch.randn_like(x)), pseudo)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(2)
    model = TideNet()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    print([round(self_train_step(model, opt, torch.randn(4, 6, 2)), 4) for _ in range(2)])
