# expect: crash
"""Seismic P/S phase picking; test-time adaptation with a few entropy-minimisation steps
on each incoming station window, after the detector was frozen for deployment.
Only the front-end conv (sensor-specific gain) adapts."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Picker(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(3, 8, 5, padding=2)
        self.bilstm = nn.LSTM(8, 6, batch_first=True, bidirectional=True)
        self.norm = nn.LayerNorm(12)
        self.cls = nn.Linear(12, 3)  # noise / P / S

    def forward(self, wave):
        f = torch.relu(self.conv(wave)).transpose(1, 2)
        return self.cls(self.norm(self.bilstm(f)[0]))


def adapt(model, window, steps=2, lr=1e-3):
    params = [p for n, p in model.named_parameters() if n.startswith("conv")]
    opt = torch.optim.SGD(params, lr=lr)
    for _ in range(steps):
        probs = model(window).softmax(-1)
        ent = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
        opt.zero_grad()
        ent.backward()  # TM001-here
        opt.step()
    with torch.no_grad():
        return model(window).argmax(-1)


model = Picker()
model.eval()  # deployed detector
for p in model.parameters():
    p.requires_grad_(False)
for p in model.conv.parameters():
    p.requires_grad_(True)
for station in range(2):
    picks = adapt(model, torch.randn(2, 3, 40))
    print("station", station, "P picks", int((picks == 1).sum()))
