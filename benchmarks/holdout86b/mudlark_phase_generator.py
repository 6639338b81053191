# expect: crash
"""Mudlark tide-find classifier. A generator owns the schedule: it yields training
batches, then switches the model to eval and yields validation batches, on which the
consumer computes gradient-matching scores for data condensation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(10)


class FindNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


def schedule(model, train, val, epochs):
    for epoch in range(epochs):
        model.train()
        for b in train:
            yield "train", epoch, b
        model.eval()
        for b in val:
            yield "val", epoch, b


def flat_grad(model, x, y):
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, [p for p in model.parameters()])  # TM001-here
    return torch.cat([g.flatten() for g in grads])


def main():
    model = FindNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    mk = lambda n: [(torch.randn(4, 6, 4), torch.randint(0, 3, (4,))) for _ in range(n)]
    train, val = mk(3), mk(2)
    synth = (torch.randn(3, 6, 4), torch.arange(3))
    for phase, epoch, (x, y) in schedule(model, train, val, epochs=2):
        if phase == "train":
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            g_real = flat_grad(model, x, y)
            g_syn = flat_grad(model, *synth)
            sim = F.cosine_similarity(g_real, g_syn, dim=0).item()
            print(f"epoch {epoch} grad match {sim:.3f}")


if __name__ == "__main__":
    main()
