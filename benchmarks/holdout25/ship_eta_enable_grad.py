# expect: crash
"""Vessel ETA prediction: evaluation is decorated with no_grad, but adapts the bias on each voyage first."""
import torch
import torch.nn as nn

torch.manual_seed(34)


class ETANet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(4, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, track):
        o, _ = self.gru(track)
        return self.fc(o[:, -1]).squeeze(-1)


@torch.no_grad()
def evaluate_voyages(model, voyages):
    model.eval()
    errors = []
    for track, eta, first_leg in voyages:
        with torch.enable_grad():
            # one bias step on the voyage's first observed leg
            loss = nn.functional.l1_loss(model(track[:, :3]), first_leg)
            loss.backward()  # TM001-here
        model.fc.bias -= 0.01 * model.fc.bias.grad
        model.zero_grad()
        errors.append((model(track) - eta).abs().mean().item())
    return sum(errors) / len(errors)


model = ETANet()
opt = torch.optim.Adam(model.parameters(), 1e-2)
tracks, etas = torch.randn(4, 8, 4), torch.rand(4) * 10
model.train()
for it in range(2):
    loss = nn.functional.l1_loss(model(tracks), etas)
    opt.zero_grad()
    loss.backward()
    opt.step()
voyages = [(torch.randn(2, 8, 4), torch.rand(2) * 10, torch.rand(2) * 3) for _ in range(2)]
print("mae", evaluate_voyages(model, voyages))
