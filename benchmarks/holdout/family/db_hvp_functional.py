# expect: crash
# category: double_backward
# rule: TM003
"""Power iteration for the top Hessian eigenvalue (sharpness) with torch.autograd.functional.hvp."""
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(3, 6, batch_first=True)
fc = nn.Linear(6, 1)
x, y = torch.randn(8, 5, 3), torch.randn(8)
names = [n for n, _ in gru.named_parameters()]


def loss_of(*flat):
    out, _ = torch.func.functional_call(gru, dict(zip(names, flat)), (x,))
    return (fc(out[:, -1]).squeeze(-1) - y).pow(2).mean()


params = tuple(p.detach() for p in gru.parameters())
v = tuple(torch.randn_like(p) for p in params)
for it in range(3):
    _, hv = torch.autograd.functional.hvp(loss_of, params, v)  # crash-here
    norm = torch.sqrt(sum(h.pow(2).sum() for h in hv))
    v = tuple(h / norm for h in hv)
print("lambda_max ~", norm.item())
