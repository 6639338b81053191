# expect: clean
"""Seismic phase picking with test-time entropy minimisation on the post-RNN norm only.

The recurrent feature extractor is frozen and the waveform needs no grad, so no
gradient ever flows back through the BiLSTM; only the LayerNorm after it adapts.
"""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Picker(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 5, padding=2)
        self.bilstm = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(12)
        self.cls = nn.Linear(12, 3)

    def features(self, wave):
        f = torch.relu(self.conv(wave)).transpose(1, 2)
        return self.bilstm(f)[0]

    def forward(self, wave):
        return self.cls(self.norm(self.features(wave)))


def adapt(model, window, steps=2, lr=1e-3):
    opt = torch.optim.SGD(model.norm.parameters(), lr=lr)
    for _ in range(steps):
        probs = model(window).softmax(-1)
        ent = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
        opt.zero_grad()
        ent.backward()
        opt.step()
    with torch.no_grad():
        return model(window).argmax(-1)


model = Picker()
model.eval()
for p in model.parameters():
    p.requires_grad_(False)
for p in model.norm.parameters():
    p.requires_grad_(True)
for station in range(2):
    picks = adapt(model, torch.randn(2, 3, 40))
    print("station", station, "P picks", int((picks == 1).sum()))
