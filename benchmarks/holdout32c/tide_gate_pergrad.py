# expect: clean
"""Salt-marsh tide gates: per-event gradient alignment with the validation gradient (torch.func.grad)."""
import contextlib

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, grad

torch.manual_seed(20)


class GateModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.open_prob = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.open_prob(h[:, -1]).squeeze(-1)


@contextlib.contextmanager
def portable_kernels():
    """functorch transforms cannot see through fused RNN kernels; use the native ones."""
    with torch.backends.cudnn.flags(enabled=False):
        yield


def event_loss(model, params, x, y):
    logit = functional_call(model, params, (x.unsqueeze(0),))
    return F.binary_cross_entropy_with_logits(logit, y.unsqueeze(0))


def alignment_scores(model, train_x, train_y, val_x, val_y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    per_event = grad(lambda p, x, y: event_loss(model, p, x, y))
    with portable_kernels():
        val_g = [per_event(params, val_x[i], val_y[i]) for i in range(len(val_y))]
        val_mean = {k: sum(g[k] for g in val_g) / len(val_g) for k in params}
        scores = []
        for i in range(len(train_y)):
            g = per_event(params, train_x[i], train_y[i])
            scores.append(sum((g[k] * val_mean[k]).sum() for k in params).item())
    return scores


def main():
    model = GateModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    tx, ty = torch.randn(8, 6, 3), torch.randint(0, 2, (8,)).float()
    vx, vy = torch.randn(3, 6, 3), torch.randint(0, 2, (3,)).float()
    model.train()
    for _ in range(4):
        opt.zero_grad()
        F.binary_cross_entropy_with_logits(model(tx), ty).backward()
        opt.step()
    scores = alignment_scores(model, tx, ty, vx, vy)
    order = sorted(range(len(scores)), key=scores.__getitem__)
    print("least helpful events:", order[:3])
    print("scores:", [round(s, 4) for s in scores])


if __name__ == "__main__":
    main()
