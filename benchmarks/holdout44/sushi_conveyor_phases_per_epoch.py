# expect: clean
"""Sushi conveyor: forecast which plates get taken in the next lap from the last laps' pickups.

A generator owns the schedule: it yields training batches, then validation batches, epoch after epoch,
and switches the model's mode as it goes. The consumer just reacts to the phase name.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

PLATES, HIDDEN, LAPS, BATCH = 5, 10, 6, 4


class PickupNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(PLATES, HIDDEN, batch_first=True)
        self.out = nn.Linear(HIDDEN, PLATES)

    def forward(self, laps):
        h, _ = self.rnn(laps)
        return self.out(h[:, -1])


def laps(n, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        x = (torch.rand(BATCH, LAPS, PLATES, generator=g) > 0.6).float()
        out.append((x, x[:, -2:].amax(1)))
    return out


def schedule(model, epochs, n_train=3, n_val=2):
    for epoch in range(epochs):
        model.train()
        for batch in laps(n_train, seed=epoch):
            yield "train", epoch, batch
        model.eval()
        for batch in laps(n_val, seed=1000 + epoch):
            yield "val", epoch, batch


def main():
    torch.manual_seed(15)
    model = PickupNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val_loss = {}
    for phase, epoch, (x, y) in schedule(model, epochs=3):
        if phase == "train":
            loss = F.binary_cross_entropy_with_logits(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        else:
            with torch.no_grad():
                val_loss.setdefault(epoch, []).append(F.binary_cross_entropy_with_logits(model(x), y).item())
    for epoch, vals in val_loss.items():
        print("epoch", epoch, "val", round(sum(vals) / len(vals), 4))


if __name__ == "__main__":
    main()
