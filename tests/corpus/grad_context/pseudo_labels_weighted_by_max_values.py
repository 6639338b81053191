# expect: crash
"""Beach-litter grip traces: pseudo-labels come from an eval-mode forward run with grad enabled, and its
`probs.max(dim=-1)` values (the confidences) weight the loss, so the backward reaches the eval-mode GRU."""
import torch
import torch.nn.functional as F


class GripNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = torch.nn.GRU(2, 6, batch_first=True)
        self.cls = torch.nn.Linear(6, 3)

    def forward(self, x):
        return self.cls(self.gru(x)[0][:, -1])


def pseudo_label(model, xu, threshold=0.3):
    model.eval()
    probs = F.softmax(model(xu), dim=-1)
    conf, labels = probs.max(dim=-1)
    keep = conf * (conf > threshold)
    return labels, keep


torch.manual_seed(4)
model = GripNet()
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
x, y = torch.randn(4, 5, 2), torch.randint(0, 3, (4,))
xu = torch.randn(6, 5, 2)
for rnd in range(2):
    labels, keep = pseudo_label(model, xu)
    model.train()
    per = F.cross_entropy(model(xu), labels, reduction="none")
    loss = F.cross_entropy(model(x), y) + (per * keep).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(rnd, loss.item())
