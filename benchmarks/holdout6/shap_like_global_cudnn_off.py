# expect: clean
# category: near-miss
"""Expected-gradients feature importance (GradientExplainer-style) for a trained churn GRU.

cuDNN is switched off for the whole script, as the explanation library's FAQ recommends for RNNs."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.backends.cudnn.enabled = False
torch.manual_seed(0)


class ChurnModel(nn.Module):
    def __init__(self, n_feat=7, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, num_layers=2, batch_first=True, dropout=0.2)
        self.fc = nn.Linear(hidden, 2)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


class GradientExplainer:
    def __init__(self, model, background):
        self.model, self.background = model, background

    def shap_values(self, x, nsamples=6):
        self.model.eval()
        target = self.model(x).argmax(1)
        total = torch.zeros_like(x)
        for _ in range(nsamples):
            ref = self.background[torch.randint(len(self.background), (len(x),))]
            alpha = torch.rand(len(x), 1, 1)
            point = (ref + alpha * (x - ref)).requires_grad_(True)
            out = self.model(point).gather(1, target[:, None]).sum()
            total += torch.autograd.grad(out, point)[0] * (x - ref)
        return total / nsamples


model = ChurnModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
histories, churned = torch.randn(12, 6, 7), torch.randint(0, 2, (12,))
for _ in range(3):
    loss = F.cross_entropy(model(histories), churned)
    opt.zero_grad()
    loss.backward()
    opt.step()

explainer = GradientExplainer(model, background=histories[:8])
values = explainer.shap_values(histories[8:])
print("mean |shap| per feature:", values.abs().mean((0, 1)).tolist())
