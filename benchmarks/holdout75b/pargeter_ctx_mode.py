# expect: crash
"""Plaster-curing (pargeting) humidity model; an evaluation context manager wraps a fine-tune step by mistake."""
import torch
import torch.nn as nn

torch.manual_seed(3)


class evaluating:
    """Switch a module to eval on enter and restore its previous mode on exit."""

    def __init__(self, module):
        self.module = module
        self.was = None

    def __enter__(self):
        self.was = self.module.training
        self.module.eval()
        return self.module

    def __exit__(self, *exc):
        self.module.train(self.was)
        return False




class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(4, 8, batch_first=True, nonlinearity="relu")
        self.lin = nn.Linear(8, 1)

    def forward(self, x):
        return self.lin(self.rnn(x)[0][:, -1]).squeeze(-1)


model = Head()
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for epoch in range(2):
    x, y = torch.randn(5, 6, 4), torch.randn(5)
    loss = (model(x) - y).pow(2).mean()
    opt.zero_grad(); loss.backward(); opt.step()
    with evaluating(model) as m:
        xv, yv = torch.randn(3, 6, 4), torch.randn(3)
        vloss = (m(xv) - yv).pow(2).mean()
        print("val", float(vloss))
        # quick calibration step on the validation batch
        opt.zero_grad()
        vloss.backward()  # TM001-here
        opt.step()
