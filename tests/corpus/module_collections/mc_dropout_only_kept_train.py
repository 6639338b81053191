# expect: crash
"""Self-training with Monte-Carlo dropout, where `stochastic()` puts the model in eval mode and then
re-enables only the layers whose name ends in "drop". The GRU, named "gru", stays in eval mode, so the
pseudo-label training step that follows backpropagates through an eval-mode GRU and cuDNN refuses."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Labeller(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Linear(4, 8)
        self.in_drop = nn.Dropout(0.2)
        self.gru = nn.GRU(8, 8, batch_first=True)
        self.out_drop = nn.Dropout(0.2)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        h, _ = self.gru(self.in_drop(self.embed(x)))
        return self.head(self.out_drop(h[:, -1]))


def stochastic(model):
    model.eval()
    for name, m in model.named_modules():
        if name.endswith("drop"):
            m.train()


def pseudo_labels(model, x, passes=4):
    with torch.no_grad():
        probs = torch.stack([model(x).softmax(-1) for _ in range(passes)]).mean(0)
    return probs.argmax(-1)


torch.manual_seed(3)
model = Labeller()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for step in range(3):
    unlabelled = torch.randn(6, 5, 4)
    stochastic(model)
    targets = pseudo_labels(model, unlabelled)
    loss = F.cross_entropy(model(unlabelled), targets)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, loss.item())
