# expect: clean
"""Mortar-cure classifier: relevance by gradient*input after validation, with an unrolled LSTMCell."""
import torch
from torch import nn
import torch.nn.functional as F


class CureLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(5, 10)
        self.head = nn.Linear(10, 3)

    def forward(self, x):
        h = x.new_zeros(x.size(0), 10)
        c = x.new_zeros(x.size(0), 10)
        outs = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            outs.append(h)
        return self.head(torch.stack(outs, 1).mean(1))


@torch.no_grad()
def validate(model, xs, ys):
    model.eval()
    return (model(xs).argmax(1) == ys).float().mean().item()


def relevance(model, x, target):
    x = x.clone().requires_grad_(True)
    score = model(x).gather(1, target[:, None]).sum()
    (g,) = torch.autograd.grad(score, x)
    return (g * x).sum(-1).detach()


def main():
    torch.manual_seed(1)
    model = CureLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(6, 9, 5), torch.randint(0, 3, (6,))
    for epoch in range(2):
        model.train()
        loss = F.cross_entropy(model(xs), ys)
        opt.zero_grad(); loss.backward(); opt.step()
        acc = validate(model, xs, ys)
        rel = relevance(model, xs[:2], ys[:2])
        print(epoch, acc, rel.shape)


if __name__ == "__main__":
    main()
