# expect: clean
# category: attribution
"""Explain an ECG-beat LSTM classifier with two attribution methods from the local xai package."""
import torch
import torch.nn as nn
from xai.attr import METHODS

torch.manual_seed(0)


class BeatClassifier(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.out = nn.Linear(hidden, 5)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq[:, -1])


model = BeatClassifier()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
beats, labels = torch.randn(8, 20, 1), torch.randint(0, 5, (8,))
for _ in range(2):
    loss = nn.functional.cross_entropy(model(beats), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
with torch.no_grad():
    preds = model(beats).argmax(1)
for name, cls in METHODS.items():
    attributions = cls(model).attribute(beats[:3], target=preds[:3])
    peak = attributions.squeeze(-1).abs().argmax(1).tolist()
    print(f"{name}: most important time steps {peak}")
