# expect: crash
"""Clog-sole wear prediction. A batch generator owns the schedule: it yields training
batches, then switches the model to eval and yields validation batches tagged 'val'."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SoleWear(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, batch_first=True, nonlinearity="tanh")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


def schedule(model, epochs=2, n_train=3, n_val=2):
    for epoch in range(epochs):
        model.train()
        for _ in range(n_train):
            x = torch.randn(5, 7, 4)
            yield "train", epoch, x, x[:, :, 1].sum(1)
        model.eval()
        for _ in range(n_val):
            x = torch.randn(5, 7, 4)
            yield "val", epoch, x, x[:, :, 1].sum(1)


def grad_norm(model):
    return torch.sqrt(sum((p.grad ** 2).sum() for p in model.parameters() if p.grad is not None)).item()


def main():
    torch.manual_seed(4)
    model = SoleWear()
    opt = torch.optim.SGD(model.parameters(), lr=0.02)
    log = {"train": [], "val": [], "val_gnorm": []}
    for phase, epoch, x, y in schedule(model):
        loss = F.mse_loss(model(x), y)
        if phase == "train":
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            # gradient norm on held-out data as a generalisation-gap probe
            opt.zero_grad()
            loss.backward()  # TM001-here
            log["val_gnorm"].append(grad_norm(model))
            opt.zero_grad()
        log[phase].append(loss.item())
    print({k: [round(v, 3) for v in vs] for k, vs in log.items()})


if __name__ == "__main__":
    main()
