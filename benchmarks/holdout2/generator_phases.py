# expect: clean
# category: dynamic
"""Epoch phases driven by a generator: it switches the model's mode before yielding each phase's batches."""
import torch
import torch.nn as nn

torch.manual_seed(44)


def phases(model, train_batches, val_batches):
    model.train()
    for batch in train_batches:
        yield "train", batch
    model.eval()
    with torch.no_grad():
        for batch in val_batches:
            yield "val", batch


class StackedRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.RNN(4, 10, batch_first=True), nn.GRU(10, 10, batch_first=True)])
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        for layer in self.layers:
            x, _ = layer(x)
        return self.out(x[:, -1]).squeeze(-1)


train_b = [(torch.randn(5, 7, 4), torch.randn(5)) for _ in range(3)]
val_b = [(torch.randn(5, 7, 4), torch.randn(5)) for _ in range(2)]
model = StackedRNN()
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
for epoch in range(2):
    logs = {"train": [], "val": []}
    for phase, (x, y) in phases(model, train_b, val_b):
        loss = nn.functional.mse_loss(model(x), y)
        if phase == "train":
            opt.zero_grad()
            loss.backward()
            opt.step()
        logs[phase].append(loss.item())
    print(epoch, {k: round(sum(v) / len(v), 4) for k, v in logs.items()})
