# expect: crash
"""Fletcher: arrow-flight wobble classifier; a batch generator owns the mode and yields train/eval batches."""
import torch
import torch.nn as nn

torch.manual_seed(14)


class WobbleNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.fc(o[:, -1])


def stream(model, rounds=3, val_every=2):
    """Yields ("train", batch) or ("val", batch), setting the mode before each yield."""
    for r in range(rounds):
        for i in range(val_every):
            model.train()
            yield "train", (torch.randn(4, 6, 3), torch.randint(0, 2, (4,)))
        model.eval()
        yield "val", (torch.randn(4, 6, 3), torch.randint(0, 2, (4,)))
        # a "hard example" replayed right after validation, to focus the next round
        yield "train", (torch.randn(4, 6, 3), torch.randint(0, 2, (4,)))


model = WobbleNet()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
for kind, (x, y) in stream(model):
    if kind == "val":
        with torch.no_grad():
            acc = (model(x).argmax(1) == y).float().mean().item()
        print("val acc", acc)
        continue
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("stream done")
