# expect: crash
"""Grade roofing-slate splits from acoustic tap sequences.

Early stopping looks at the validation gradient norm: when the gradient of
the validation loss stops shrinking, the model has stopped learning anything
that transfers to held-out blocks.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

GRADES = ("best", "medium", "heavy", "reject")


class TapNet(nn.Module):
    def __init__(self, n_feat=5, hidden=10, n_cls=len(GRADES)):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_cls)

    def forward(self, taps):
        out, _ = self.rnn(taps)
        return self.head(out.mean(dim=1))


def blocks(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 7, 5, generator=g)
    y = (x[:, :, 0].mean(1) > 0).long() + 2 * (x[:, :, 1].mean(1) > 0).long()
    return x, y


def probe_params(model):
    return [p for p in model.parameters() if p.requires_grad]


def validation_grad_norm(model, x, y):
    model.eval()
    loss = F.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, probe_params(model))  # TM001-here
    return float(torch.sqrt(sum((g ** 2).sum() for g in grads))), loss.item()


class GradNormStopper:
    def __init__(self, patience=2):
        self.best = float("inf")
        self.bad = 0
        self.patience = patience

    def step(self, value):
        if value < self.best - 1e-4:
            self.best, self.bad = value, 0
        else:
            self.bad += 1
        return self.bad >= self.patience


def main():
    torch.manual_seed(1)
    model = TapNet()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    train_x, train_y = blocks(24, 0)
    val_x, val_y = blocks(8, 1)
    stopper = GradNormStopper()
    for epoch in range(4):
        model.train()
        for i in range(0, len(train_x), 6):
            loss = F.cross_entropy(model(train_x[i:i + 6]), train_y[i:i + 6])
            opt.zero_grad()
            loss.backward()
            opt.step()
        gnorm, vloss = validation_grad_norm(model, val_x, val_y)
        print(f"epoch {epoch} val loss {vloss:.3f} grad-norm {gnorm:.4f}")
        if stopper.step(gnorm):
            print("stopping: validation gradient no longer shrinking")
            break


if __name__ == "__main__":
    main()
