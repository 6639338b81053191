# expect: crash
"""Cobbler last fitting: a batch generator yields training batches and, between yields,
runs a quick probe of the model on a held-out sole-pressure trace."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class LastFit(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.GRU(4, 8, batch_first=True)
        self.fit = nn.Linear(8, 2)
        self.calibrated = True

    def forward(self, x):
        h, _ = self.enc(x)
        out = self.fit(h[:, -1])
        if not self.training and self.calibrated:
            out = out.clamp(-3, 3)
        return out


def stream(model, n_batches, probe_every=2):
    probe = torch.randn(2, 6, 4)
    for i in range(n_batches):
        if i and i % probe_every == 0:
            model.eval()
            with torch.no_grad():
                print("probe", model(probe).mean().item())
        yield torch.randn(4, 6, 4), torch.randn(4, 2)


model = LastFit().train()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for x, y in stream(model, 5):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
print("loss", loss.item())
