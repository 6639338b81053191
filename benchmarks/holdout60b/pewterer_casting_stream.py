# expect: crash
"""Pewterer casting-defect detector trained from a streaming batch generator.

The generator owns the probing schedule: every third batch is a "probe" batch, for which it
switches the model to eval mode (so dropout does not blur the probe) and back afterwards.
The consumer trains on every batch it receives, probe batches included.
"""
import torch
import torch.nn as nn

torch.manual_seed(6)


class DefectNet(nn.Module):
    def __init__(self, d=5, h=8):
        super().__init__()
        self.drop = nn.Dropout(0.2)
        self.lstm = nn.LSTM(d, h, batch_first=True)
        self.head = nn.Linear(h, 2)

    def forward(self, x):
        h, _ = self.lstm(self.drop(x))
        return self.head(h[:, -1])


def stream(model, n_batches=6, probe_every=3):
    for i in range(n_batches):
        x, y = torch.randn(4, 6, 5), torch.randint(0, 2, (4,))
        probe = (i + 1) % probe_every == 0
        if probe:
            model.eval()
        yield i, probe, model(x), y
        model.train()


def main():
    model = DefectNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    probe_acc = []
    for i, probe, logits, y in stream(model):
        loss = nn.functional.cross_entropy(logits, y)
        if probe:
            probe_acc.append((logits.argmax(-1) == y).float().mean().item())
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"batch {i} probe={probe} loss {loss.item():.4f}")
    print("probe acc", probe_acc)


if __name__ == "__main__":
    main()
