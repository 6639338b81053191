# expect: crash
"""Geode facet scoring: a GRU reads spectrometer sweeps around a cut geode.
Per-batch gradient norms are computed functionally (torch.func) to drive an
adaptive clipping threshold."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(17)
BANDS, HID, GRADES = 5, 8, 3


class FacetNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(BANDS, HID, batch_first=True)
        self.out = nn.Linear(HID, GRADES)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(h[-1])


def make_loss_fn(model):
    def loss_fn(params, buffers, x, y):
        logits = functional_call(model, (params, buffers), (x,))
        return F.cross_entropy(logits, y)
    return loss_fn


def grad_norm(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    grads = grad(make_loss_fn(model))(params, buffers, x, y)  # TM002-here
    return torch.sqrt(sum((g ** 2).sum() for g in grads.values()))


def main():
    model = FacetNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    history = []
    for step in range(4):
        x = torch.randn(6, 7, BANDS)
        y = torch.randint(0, GRADES, (6,))
        model.train()
        norm = grad_norm(model, x, y).item()
        history.append(norm)
        threshold = sorted(history)[len(history) // 2]
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), threshold)
        opt.step()
        print(f"step {step} loss {loss.item():.3f} grad-norm {norm:.3f} clip {threshold:.3f}")


if __name__ == "__main__":
    main()
