# expect: clean
# category: nearmiss
"""A wrapper's own flag is set with `model.training = False` to change its loss path; submodules stay in training."""
import torch
from torch import nn

torch.manual_seed(74)


class CTCLikeRecognizer(nn.Module):
    def __init__(self, feats=8, hidden=12, vocab=6):
        super().__init__()
        self.encoder = nn.GRU(feats, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.proj = nn.Linear(2 * hidden, vocab)

    def forward(self, x, targets=None):
        logits = self.proj(self.encoder(x)[0])
        if targets is None:
            return logits
        if self.training:  # label smoothing only while "training"
            return nn.functional.cross_entropy(logits.transpose(1, 2), targets, label_smoothing=0.1)
        return nn.functional.cross_entropy(logits.transpose(1, 2), targets)


model = CTCLikeRecognizer()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)

# phase 1: smoothed loss
for _ in range(2):
    x, t = torch.randn(4, 9, 8), torch.randint(0, 6, (4, 9))
    loss = model(x, t)
    opt.zero_grad()
    loss.backward()
    opt.step()

# phase 2: turn smoothing off by flipping the wrapper's flag only
model.training = False
for step in range(2):
    x, t = torch.randn(4, 9, 8), torch.randint(0, 6, (4, 9))
    loss = model(x, t)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"phase 2 step {step}: loss {loss.item():.3f}, encoder.training={model.encoder.training}")
