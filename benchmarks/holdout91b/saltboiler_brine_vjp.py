# expect: crash
"""Salt boiler: pan-brine concentration; per-sample gradient norms by torch.func.vjp for outlier flags."""
import torch
import torch.nn as nn
from torch.func import functional_call, vjp


class BrineRNN(nn.Module):
    def __init__(self, d=2, h=8):
        super().__init__()
        self.rnn = nn.RNN(d, h, batch_first=True, nonlinearity="tanh")
        self.fc = nn.Linear(h, 1)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1]).squeeze(-1)


def per_sample_grad_norms(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    norms = []
    for x, y in zip(xs, ys):
        def loss_fn(p):
            pred = functional_call(model, p, (x.unsqueeze(0),))
            return ((pred - y) ** 2).sum()
        loss, pullback = vjp(loss_fn, params)  # TM002-here
        (g,) = pullback(torch.ones_like(loss))
        norms.append(torch.sqrt(sum((t ** 2).sum() for t in g.values())))
    return torch.stack(norms)


def main():
    torch.manual_seed(5)
    model = BrineRNN()
    xs, ys = torch.randn(6, 4, 2), torch.randn(6)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(3):
        loss = ((model(xs) - ys) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    norms = per_sample_grad_norms(model, xs, ys)
    flagged = (norms > norms.mean() + norms.std()).nonzero().flatten().tolist()
    print("norms", [round(v, 3) for v in norms.tolist()], "flagged", flagged)


if __name__ == "__main__":
    main()
