# expect: clean
"""Per-bundle gradient scores for a rope-splicing quality model (which bundles drive the update).

Each sample is a sequence of tucks (strand, tension, taper) encoded as 3 numbers; the model
predicts whether the eye splice will slip. Per-sample gradients via torch.func, with cuDNN off.
"""
import torch
from torch import nn
from torch.func import functional_call, grad


class SpliceNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def make_loss(model):
    def loss_fn(params, x, y):
        out = functional_call(model, params, (x.unsqueeze(0),))
        return nn.functional.binary_cross_entropy_with_logits(out, y.unsqueeze(0))
    return loss_fn


def per_sample_scores(model, xs, ys):
    params = {k: v.detach() for k, v in model.named_parameters()}
    loss_fn = make_loss(model)
    scores = []
    with torch.backends.cudnn.flags(enabled=False):
        for x, y in zip(xs, ys):
            g = grad(loss_fn)(params, x, y)
            scores.append(sum(t.pow(2).sum() for t in g.values()).sqrt().item())
    return scores


def main():
    torch.manual_seed(5)
    model = SpliceNet()
    model.train()
    xs = torch.randn(5, 7, 3)
    ys = torch.randint(0, 2, (5,)).float()
    scores = per_sample_scores(model, xs, ys)
    keep = sorted(range(len(scores)), key=scores.__getitem__)[-3:]
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loss = nn.functional.binary_cross_entropy_with_logits(model(xs[keep]), ys[keep])
    opt.zero_grad()
    loss.backward()
    opt.step()
    print("scores", [round(s, 3) for s in scores], "kept", keep)


if __name__ == "__main__":
    main()
