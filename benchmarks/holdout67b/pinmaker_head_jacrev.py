# expect: crash
"""Pin-maker head roundness: a GRU regresses the roundness of a pin head from the
drawing-die vibration trace. After training we report how sensitive the prediction
is to every time step, with torch.func.jacrev on the model's functional form."""
import argparse
import torch
import torch.nn as nn
from torch.func import functional_call, jacrev


class RoundnessGRU(nn.Module):
    def __init__(self, d_in=2, hidden=6):
        super().__init__()
        self.gru = nn.GRU(d_in, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.reg(out[:, -1]).squeeze(-1)


def train(model, steps, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(steps):
        x, y = torch.randn(4, 9, 2), torch.rand(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def step_sensitivity(model, trace):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def predict(inp):
        return functional_call(model, params, (inp,)).sum()

    jac = jacrev(predict)(trace)  # TM002-here
    return jac.abs().sum(-1).mean(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-2)
    args = ap.parse_args()
    torch.manual_seed(3)
    model = RoundnessGRU()
    print("final loss", train(model, args.steps, args.lr))
    sens = step_sensitivity(model, torch.randn(2, 9, 2))
    print("most influential step", int(sens.argmax()))


if __name__ == "__main__":
    main()
