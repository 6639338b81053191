# expect: crash
"""Hide-glue pot viscosity: per-sample gradient norms with torch.func for data pruning scores."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad

torch.manual_seed(3)


class ViscosityLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.fc = nn.Linear(6, 1)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o[:, -1]).squeeze(-1)


def sample_loss(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return (pred - y).pow(2).mean()


def grad_scores(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    scores = []
    for x, y in zip(xs, ys):
        g = grad(sample_loss)(params, buffers, model, x, y)  # TM002-here
        scores.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
    return scores


if __name__ == "__main__":
    model = ViscosityLSTM()
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    xs, ys = torch.randn(6, 5, 4), torch.randn(6)
    for _ in range(2):
        loss = (model(xs) - ys).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    s = grad_scores(model, xs, ys)
    keep = sorted(range(len(s)), key=lambda i: -s[i])[:4]
    print("keep", keep)
