# expect: clean
"""Lime burners' kiln draw: per-sample gradients of a draw-time model.

The recurrence is written with nn.LSTMCell (unrolled by hand), so the per-sample
torch.func.grad / vmap probe never touches the fused cuDNN LSTM.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap


class DrawModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        b = x.shape[0]
        h = x.new_zeros(b, self.cell.hidden_size)
        c = x.new_zeros(b, self.cell.hidden_size)
        for t in range(x.shape[1]):
            h, c = self.cell(x[:, t], (h, c))
        return self.out(h).squeeze(-1)


def kiln_logs(batch=6, steps=5):
    x = torch.rand(batch, steps, 3)
    return x, 2.0 + x[..., 0].sum(1) - x[..., 2].mean(1)


def main():
    torch.manual_seed(47)
    model = DrawModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(5):
        x, y = kiln_logs()
        loss = (model(x) - y).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()

    params = {k: v.detach() for k, v in model.named_parameters()}

    def one(p, xi, yi):
        pred = functional_call(model, p, (xi.unsqueeze(0),))
        return (pred.squeeze(0) - yi) ** 2

    x, y = kiln_logs()
    g = vmap(grad(one), in_dims=(None, 0, 0))(params, x, y)
    norms = torch.sqrt(sum(t.pow(2).flatten(1).sum(1) for t in g.values()))
    print("per-draw gradient norms", [round(v, 4) for v in norms.tolist()])


if __name__ == "__main__":
    main()
