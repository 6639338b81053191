# expect: crash
"""Collier seam-gas alarms: per-sample gradient norms with torch.func to find mislabelled shifts.

Each methane trace gets its own gradient (functional_call + grad), and the shifts with the
largest gradient norm are flagged for review before the next epoch.
"""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class SeamNet(nn.Module):
    def __init__(self, d=3, h=8):
        super().__init__()
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.cls = nn.Linear(h, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.cls(h[:, -1])


def make_loss(model):
    def loss_fn(params, x, y):
        logits = functional_call(model, params, (x.unsqueeze(0),))
        return nn.functional.cross_entropy(logits, y.unsqueeze(0))
    return loss_fn


def per_sample_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    loss_fn = make_loss(model)
    norms = []
    for x, y in zip(xs, ys):
        g = grad(loss_fn)(params, x, y)  # TM002-here
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())).item())
    return torch.tensor(norms)


def main():
    model = SeamNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    xs, ys = torch.randn(6, 5, 3), torch.randint(0, 2, (6,))
    for ep in range(2):
        model.train()
        loss = nn.functional.cross_entropy(model(xs), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
        norms = per_sample_norms(model, xs, ys)
        print(f"epoch {ep} loss {loss.item():.4f} flagged {norms.topk(2).indices.tolist()}")


if __name__ == "__main__":
    main()
