# expect: crash
"""Falconer telemetry: sensitivity of a hawk's predicted dive angle to each GPS step,
computed with torch.func.jacrev over a functional_call of the GRU model (train mode)."""
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev

torch.manual_seed(3)


class DiveModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def sensitivity(model, track):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def f(inp):
        return functional_call(model, params, (inp,))

    return jacrev(f)(track)  # TM002-here


def main():
    model = DiveModel().train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(2):
        x, y = torch.randn(4, 5, 3), torch.randn(4)
        loss = ((model(x) - y) ** 2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    jac = sensitivity(model, torch.randn(2, 5, 3))
    print("jacobian", tuple(jac.shape), float(jac.abs().mean()))


if __name__ == "__main__":
    main()
