# expect: crash
"""Test-time adaptation by entropy minimisation (TENT-like) for a GRU activity classifier.
`predict` is a no-grad inference function; the adaptation step inside it re-enables gradients for the
normalisation parameters only, with the model kept in eval mode so the normalisation statistics stay fixed."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class ActivityGRU(nn.Module):
    def __init__(self):
        super().__init__()
        self.norm = nn.LayerNorm(6)
        self.gru = nn.GRU(6, 12, batch_first=True)
        self.head = nn.Linear(12, 4)

    def forward(self, x):
        return self.head(self.gru(self.norm(x))[0][:, -1])


torch.manual_seed(0)
model = ActivityGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(8, 10, 6), torch.randint(0, 4, (8,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()

norm_params = list(model.norm.parameters())
for p in model.parameters():
    p.requires_grad_(False)
for p in norm_params:
    p.requires_grad_(True)
tta_opt = torch.optim.SGD(norm_params, lr=1e-3)


@torch.no_grad()
def predict(batch, adapt_steps=1):
    model.eval()
    for _ in range(adapt_steps):
        with torch.enable_grad():
            probs = F.softmax(model(batch), -1)
            entropy = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
            tta_opt.zero_grad()
            entropy.backward()  # TM001-here
            tta_opt.step()
    return model(batch).argmax(-1)


shifted = torch.randn(6, 10, 6) * 1.5 + 0.3
print("adapted predictions", predict(shifted).tolist())
