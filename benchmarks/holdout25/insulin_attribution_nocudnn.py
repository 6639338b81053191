# expect: clean
"""Insulin dosing: which past glucose readings drive the recommended dose (gradient x input, model in eval)."""
import torch
import torch.nn as nn

torch.backends.cudnn.enabled = False  # attribution through the recurrent layer
torch.manual_seed(38)


class DoseModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 1)

    def forward(self, cgm):
        o, _ = self.lstm(cgm)
        return nn.functional.softplus(self.fc(o[:, -1])).squeeze(-1)


model = DoseModel()
opt = torch.optim.Adam(model.parameters(), 1e-2)
cgm, dose = torch.randn(5, 12, 3), torch.rand(5)
for it in range(2):
    loss = nn.functional.mse_loss(model(cgm), dose)
    opt.zero_grad()
    loss.backward()
    opt.step()

model.eval()
patient = cgm[:1].clone().requires_grad_(True)
model(patient).sum().backward()
attribution = (patient.grad * patient).sum(-1).squeeze(0)
print("most influential reading", int(attribution.abs().argmax()))
