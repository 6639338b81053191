# expect: clean
# category: near-miss
"""Test-time adaptation by entropy minimisation (TENT-like) of a deployed LSTM activity model: only the
LayerNorm affine parameters are updated on each unlabelled test batch."""
import torch
import torch.nn as nn

torch.manual_seed(65)


class ActivityLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 16, batch_first=True, dropout=0.0)
        self.norm = nn.LayerNorm(16)
        self.fc = nn.Linear(16, 5)

    def forward(self, x):
        return self.fc(self.norm(self.lstm(x)[0][:, -1]))


class Tent:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.model.eval()
        self.model.requires_grad_(False)
        params = []
        for m in model.modules():
            if isinstance(m, nn.LayerNorm):
                m.requires_grad_(True)
                params += [m.weight, m.bias]
        self.opt = torch.optim.SGD(params, lr=lr, momentum=0.9)

    def __call__(self, x):
        logits = self.model(x)
        entropy = -(logits.softmax(1) * logits.log_softmax(1)).sum(1).mean()
        self.opt.zero_grad()
        entropy.backward()
        self.opt.step()
        return logits.detach()


deployed = ActivityLSTM()
adapt = Tent(deployed)
for batch in range(3):
    shifted = torch.randn(8, 25, 6) * 1.5 + 0.3  # sensor drift at test time
    preds = adapt(shifted).argmax(1)
    print(f"batch {batch}: predicted classes {preds.tolist()}")
