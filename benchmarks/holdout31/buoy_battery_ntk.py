# expect: crash
"""Navigation-buoy battery drain: a GRU forecasts the state of charge from
solar input and lamp duty cycle. To pick which buoys to inspect, we compute
an empirical neural-tangent kernel between buoys (parameter Jacobians via
torch.func.jacrev). Deterministic kernels were asked for during training."""
import torch
from torch import nn
from torch.func import functional_call, jacrev

torch.manual_seed(71)


class ChargeNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


def buoys(n=6, hours=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, hours, 2, generator=g)
    return x, (x[..., 0] - 0.8 * x[..., 1]).cumsum(1)[:, -1] / hours


def train(model, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    with torch.backends.cudnn.flags(enabled=False, deterministic=True):
        model.train()
        for s in range(steps):
            x, y = buoys(seed=s)
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


def empirical_ntk(model, x):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def f(p, xs):
        return functional_call(model, p, (xs,))

    jac = jacrev(f)(params, x)  # TM002-here
    flat = torch.cat([j.reshape(x.shape[0], -1) for j in jac.values()], dim=1)
    return flat @ flat.T


def main():
    model = ChargeNet()
    train(model)
    x, _ = buoys(n=5, seed=123)
    K = empirical_ntk(model, x)
    print("kernel diag", K.diag().round(decimals=3).tolist())


if __name__ == "__main__":
    main()
