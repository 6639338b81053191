# expect: clean
"""Gilder: which gold-leaf application traces are hard? Score each batch of the training set by
the gradient norm of its loss (GraNd-like) on the current model, prune the easiest batches and
keep training on the rest.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LeafModel(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_out=2):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.embed(x)))
        return self.head(h.mean(1))


def make_batches(n_batches=6, bs=4, length=7):
    return [(torch.randn(bs, length, 3), torch.randint(0, 2, (bs,))) for _ in range(n_batches)]


def score_params(model):
    return [p for p in model.head.parameters() if p.requires_grad]


def grad_scores(model, batches):
    model.eval()
    scores = []
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        grads = torch.autograd.grad(loss, score_params(model))
        scores.append(float(torch.sqrt(sum((g ** 2).sum() for g in grads))))
    return scores


def train(model, batches, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()


def main():
    torch.manual_seed(23)
    model = LeafModel()
    batches = make_batches()
    train(model, batches, epochs=1)
    scores = grad_scores(model, batches)
    keep = sorted(range(len(batches)), key=lambda i: -scores[i])[: len(batches) // 2]
    print("grad scores", [round(s, 3) for s in scores], "keeping", sorted(keep))
    train(model, [batches[i] for i in keep], epochs=2)
    print("done")


if __name__ == "__main__":
    main()
