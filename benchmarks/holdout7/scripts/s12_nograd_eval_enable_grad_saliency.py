# expect: crash
"""An evaluation routine decorated with @torch.no_grad() that also produces a saliency map for the first
batch by re-enabling grad locally."""
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self, dim=6, n_tags=3):
        super().__init__()
        self.seq_encoder = nn.LSTM(dim, 8, batch_first=True)
        self.emit = nn.Linear(8, n_tags)

    def forward(self, x):
        return self.emit(self.seq_encoder(x)[0])


@torch.no_grad()
def evaluate(model, batches, saliency_for_first=True):
    model.eval()
    correct = total = 0
    saliency = None
    for i, (x, y) in enumerate(batches):
        if i == 0 and saliency_for_first:
            with torch.enable_grad():
                x_ = x.clone().requires_grad_(True)
                score = model(x_).max(-1).values.sum()
                score.backward()  # TM001-here
                saliency = x_.grad.abs().sum(-1)
        pred = model(x).argmax(-1)
        correct += (pred == y).sum().item()
        total += y.numel()
    return correct / total, saliency


torch.manual_seed(0)
model = Tagger()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
data = [(torch.randn(2, 5, 6), torch.randint(0, 3, (2, 5))) for _ in range(3)]
for epoch in range(2):
    model.train()
    for x, y in data:
        loss = nn.functional.cross_entropy(model(x).flatten(0, 1), y.flatten())
        opt.zero_grad()
        loss.backward()
        opt.step()
    acc, sal = evaluate(model, data)
    print(f"epoch {epoch}: acc {acc:.2f} saliency {sal.shape}")
