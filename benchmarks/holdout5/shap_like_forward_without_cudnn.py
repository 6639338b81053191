# expect: clean
# category: near_miss
"""A shap-GradientExplainer-like class for a churn model over monthly usage sequences: expected
gradients against a background set; the model's forward runs with cuDNN disabled, the backward
happens outside that block."""
import torch
import torch.nn as nn

torch.manual_seed(48)


class ChurnModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(4, 12, num_layers=2, batch_first=True)
        self.out = nn.Linear(12, 1)

    def forward(self, usage):
        return torch.sigmoid(self.out(self.rnn(usage)[0][:, -1]))


class ExpectedGradients:
    def __init__(self, model, background):
        self.model, self.background = model, background

    def _forward(self, x):
        with torch.backends.cudnn.flags(enabled=False):
            return self.model(x)

    def shap_values(self, x, nsamples=6):
        self.model.eval()
        phis = torch.zeros_like(x)
        for _ in range(nsamples):
            ref = self.background[torch.randint(0, len(self.background), (x.size(0),))]
            alpha = torch.rand(x.size(0), 1, 1)
            point = (ref + alpha * (x - ref)).requires_grad_(True)
            out = self._forward(point)
            grad, = torch.autograd.grad(out.sum(), point)
            phis += grad * (x - ref)
        return phis / nsamples


model = ChurnModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for _ in range(3):
    usage, churned = torch.rand(16, 6, 4), torch.randint(0, 2, (16, 1)).float()
    loss = nn.functional.binary_cross_entropy(model(usage), churned)
    opt.zero_grad()
    loss.backward()
    opt.step()

explainer = ExpectedGradients(model, background=torch.rand(20, 6, 4))
values = explainer.shap_values(torch.rand(3, 6, 4))
print("feature importance:", values.abs().mean((0, 1)).tolist())
