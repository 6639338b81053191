# expect: clean
"""Lathe chatter detector: sharpness (Hutchinson trace of the Hessian) of the
training loss, measured every epoch.  The recurrent part is an unrolled
LSTMCell, so second-order autograd goes through ordinary ops.
"""
import torch
import torch.nn as nn

torch.manual_seed(5)


class ChatterNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(n_in, hidden)
        self.cls = nn.Linear(hidden, 2)
        self.hidden = hidden

    def forward(self, x):
        h = x.new_zeros(x.size(0), self.hidden)
        c = torch.zeros_like(h)
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
        return self.cls(h)


def hutchinson_trace(model, x, y, n=2):
    params = [p for p in model.parameters() if p.requires_grad]
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, params, create_graph=True)
    est = 0.0
    for _ in range(n):
        vs = [torch.randint_like(p, 2) * 2 - 1 for p in params]
        gv = sum((g * v).sum() for g, v in zip(grads, vs))
        hv = torch.autograd.grad(gv, params, retain_graph=True)
        est += sum((h * v).sum() for h, v in zip(hv, vs)).item()
    return est / n


def main():
    model = ChatterNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for epoch in range(3):
        model.train()
        for _ in range(3):
            x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()
        tr = hutchinson_trace(model, torch.randn(4, 6, 3), torch.randint(0, 2, (4,)))
        print(f"epoch {epoch} loss {loss.item():.3f} hessian-trace {tr:.3f}")


if __name__ == "__main__":
    main()
