# expect: crash
"""Mill-wheel torque model: per-sample gradient norms with torch.func for a noise-aware step size."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)


class WheelLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return (pred - y.unsqueeze(0)).pow(2).mean()


def per_sample_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    norms = []
    for i in range(x.shape[0]):  # a loop, since vmap has no batching rule for lstm
        g = grad(sample_loss)(params, buffers, model, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum(t.pow(2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    model = WheelLSTM()
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    for step in range(2):
        norms = per_sample_norms(model, x, y)
        scale = 1.0 / (1.0 + norms.std().item())
        opt.zero_grad()
        (model(x) - y).pow(2).mean().backward()
        for g in opt.param_groups:
            g["lr"] = 0.05 * scale
        opt.step()
        print(step, norms.tolist())


if __name__ == "__main__":
    main()
