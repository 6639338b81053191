# expect: clean
"""Ravi & Larochelle meta-learner LSTM: the gradient/loss preprocessing uses an nn.LSTMCell and the update rule
is the custom MetaLSTMCell (plain tensor ops), so `metalearner.eval()` at meta-validation followed by further
meta-training is harmless: no cuDNN RNN is involved."""
import torch
import torch.nn as nn


class MetaLSTMCell(nn.Module):
    def __init__(self, n_params, hidden):
        super().__init__()
        self.WF = nn.Parameter(torch.randn(hidden + 1, 1) * 0.01)
        self.WI = nn.Parameter(torch.randn(hidden + 1, 1) * 0.01)
        self.cI = nn.Parameter(torch.randn(n_params, 1) * 0.01)

    def forward(self, x, grad, c_prev):
        f = torch.sigmoid(torch.cat([x, c_prev], 1) @ self.WF)
        i = torch.sigmoid(torch.cat([x, c_prev], 1) @ self.WI)
        return f * c_prev - i * grad


class MetaLearner(nn.Module):
    def __init__(self, n_params, hidden=4):
        super().__init__()
        self.lstm = nn.LSTMCell(2, hidden)
        self.metalstm = MetaLSTMCell(n_params, hidden)

    def forward(self, loss, grad, c_prev, hx):
        inp = torch.stack([grad.squeeze(1), loss.expand_as(grad.squeeze(1))], 1)
        h, c = self.lstm(inp, hx)
        return self.metalstm(h, grad, c_prev), (h, c)


def episode(meta, n=6):
    x, y = torch.randn(10, n), torch.randn(10, 1)
    c = torch.zeros(n, 1)
    hx = None
    for _ in range(3):
        w = c.clone().requires_grad_(True) if not c.requires_grad else c
        loss = ((x @ w - y) ** 2).mean()
        g, = torch.autograd.grad(loss, w, retain_graph=True)
        c, hx = meta(loss.detach().view(1), g.detach(), c, hx)
    return ((x @ c - y) ** 2).mean()


meta = MetaLearner(6)
opt = torch.optim.Adam(meta.parameters(), 1e-3)
for it in range(4):
    l = episode(meta)
    opt.zero_grad(); l.backward(); opt.step()
    if it % 2 == 1:
        meta.eval()
        print("meta-val", float(episode(meta)))
print("done")
