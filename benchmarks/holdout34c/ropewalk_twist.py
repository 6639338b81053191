# expect: clean
"""Rope-walk: predict strand tension along a hemp rope as it is laid up on the walk,
from the twist-rate and speed logs. The loss adds a penalty on the input gradient so the
predicted tension is smooth in the twist rate; that needs a second backward, which the
cuDNN recurrent kernels do not provide, so the step runs with cuDNN off.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(37)


class TensionGRU(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True, num_layers=2)
        self.out = nn.Linear(hidden, 1)

    def forward(self, logs):
        seq, _ = self.gru(logs)
        return self.out(seq).squeeze(-1)


def lay_up(batch=4, metres=10):
    logs = torch.rand(batch, metres, 2)
    return logs, logs[..., 0] * 50 + logs[..., 1].cumsum(1)


def smooth_step(model, opt, logs, tension, weight=0.01):
    with torch.backends.cudnn.flags(enabled=False):
        logs = logs.clone().requires_grad_(True)
        pred = model(logs)
        (g,) = torch.autograd.grad(pred.sum(), logs, create_graph=True)
        loss = F.mse_loss(pred, tension) + weight * g[..., 0].pow(2).mean()
        opt.zero_grad()
        loss.backward()
    opt.step()
    return loss.item()


@torch.no_grad()
def inspect_rope(model, metres=10, limit=60.0):
    model.eval()
    logs, tension = lay_up(batch=1, metres=metres)
    pred = model(logs)[0]
    over = (pred > limit).nonzero().flatten().tolist()
    print(f"  predicted peak {pred.max().item():.1f}, actual peak {tension.max().item():.1f}")
    if over:
        print(f"  metres over {limit}: {over}")
    model.train()
    return pred


if __name__ == "__main__":
    model = TensionGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for rope in range(4):
        logs, tension = lay_up()
        print(f"rope {rope} loss {smooth_step(model, opt, logs, tension):.2f}")
    inspect_rope(model)
