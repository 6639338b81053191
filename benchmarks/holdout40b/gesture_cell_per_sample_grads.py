# expect: clean
"""Per-sample gradient norms (for data valuation) of a pen-gesture classifier
built from an LSTMCell unrolled by hand, computed with torch.func.grad; the
model is in eval mode while the gradients are taken."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

N_GESTURES = 4


class GestureNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.cell = nn.LSTMCell(3, hidden)
        self.out = nn.Linear(hidden, N_GESTURES)

    def forward(self, strokes):
        h = strokes.new_zeros(strokes.size(0), self.cell.hidden_size)
        c = torch.zeros_like(h)
        for t in range(strokes.size(1)):
            h, c = self.cell(strokes[:, t], (h, c))
        return self.out(h)


def sample_loss(params, model, x, y):
    logits = functional_call(model, params, (x.unsqueeze(0),))
    return nn.functional.cross_entropy(logits, y.unsqueeze(0))


def main():
    torch.manual_seed(15)
    model = GestureNet()
    x = torch.randn(5, 6, 3)
    y = torch.randint(N_GESTURES, (5,))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()

    model.eval()
    params = {k: v.detach() for k, v in model.named_parameters()}
    g_fn = grad(sample_loss)
    values = []
    for i in range(len(x)):
        g = g_fn(params, model, x[i], y[i])
        values.append(sum(t.norm() ** 2 for t in g.values()).sqrt().item())
    print("per-sample grad norms", [round(v, 3) for v in values])


if __name__ == "__main__":
    main()
