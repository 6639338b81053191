import torch
import torch.nn as nn
import torch.nn.functional as F


class LastFitProbe(nn.Module):
    """Frozen encoder + trainable linear head predicting shoe-last size class."""

    def __init__(self, encoder, n_sizes=5):
        super().__init__()
        self.encoder = encoder
        self.head = nn.Linear(2 * encoder.lstm.hidden_size, n_sizes)

    def forward(self, x):
        return self.head(self.encoder(x))


def fit_probe(probe, batches, epochs=3, lr=1e-2):
    opt = torch.optim.SGD(probe.head.parameters(), lr=lr, momentum=0.9)
    for ep in range(epochs):
        for x, y in batches():
            loss = F.cross_entropy(probe(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"probe epoch {ep} loss {loss.item():.4f}")


@torch.no_grad()
def accuracy(probe, batches):
    probe.eval()
    hits = n = 0
    for x, y in batches():
        hits += (probe(x).argmax(-1) == y).sum().item()
        n += y.numel()
    return hits / n
