# expect: crash
"""Second-order MAML for few-shot phoneme alignment across speakers with a GRU boundary detector."""
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call


class Boundary(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.out(o).squeeze(-1)


def speaker_task():
    x = torch.randn(2, 9, 5)
    return (x, (torch.rand(2, 9) > 0.7).float()), (torch.randn(2, 9, 5), (torch.rand(2, 9) > 0.7).float())


def inner_adapt(model, params, support, lr=0.1):
    x, y = support
    loss = F.binary_cross_entropy_with_logits(functional_call(model, params, (x,)), y)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=True)
    return {k: p - lr * g for (k, p), g in zip(params.items(), grads)}


def main():
    torch.manual_seed(21)
    model = Boundary()
    meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(2):
        meta_opt.zero_grad()
        total = 0.0
        for _ in range(2):
            support, query = speaker_task()
            fast = inner_adapt(model, dict(model.named_parameters()), support)
            qx, qy = query
            qloss = F.binary_cross_entropy_with_logits(functional_call(model, fast, (qx,)), qy)
            qloss.backward()  # TM003-here
            total += qloss.item()
        meta_opt.step()
        print("meta-iter", it, round(total, 4))


if __name__ == "__main__":
    main()
