# expect: clean
"""Each epoch starts with model.train() and then sets some submodules back to eval, picked by name prefix
and type, as named_filter_and_isinstance_rnn.py, but the type filter asks for BatchNorm1d and Dropout: only
the head's normalisation and dropout go to eval, every GRU stays in training mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SiteEncoder(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)

    def forward(self, x):
        return self.gru(torch.tanh(self.proj(x)))[0][:, -1]


class MultiSite(nn.Module):
    def __init__(self, sites=("a", "b"), n_in=3, hidden=8):
        super().__init__()
        self.sites = nn.ModuleDict({s: SiteEncoder(n_in, hidden) for s in sites})
        self.head = nn.Sequential(
            nn.Linear(hidden * len(sites), hidden), nn.BatchNorm1d(hidden), nn.ReLU(), nn.Dropout(0.1),
            nn.Linear(hidden, 1))

    def forward(self, batch):
        feats = torch.cat([enc(batch[s]) for s, enc in self.sites.items()], dim=-1)
        return self.head(feats).squeeze(-1)


torch.manual_seed(0)
model = MultiSite()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
batch = {s: torch.randn(6, 5, 3) for s in ("a", "b")}
y = torch.randn(6)
for epoch in range(2):
    model.train()
    for name, m in model.named_modules():
        if name.startswith(("sites.a", "head")) and isinstance(m, (nn.BatchNorm1d, nn.Dropout)):
            m.eval()
    loss = F.mse_loss(model(batch), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
