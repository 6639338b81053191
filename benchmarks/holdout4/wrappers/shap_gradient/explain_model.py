# expect: crash
"""Explain a BiGRU-with-attention risk model on ICU vital-sign windows with the expected-gradients explainer."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from explainers import GradientExplainer


class AttnGRU(nn.Module):
    def __init__(self, in_dim=5, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(in_dim, hidden, batch_first=True, bidirectional=True)
        self.W = nn.Linear(2 * hidden, 1)
        self.output = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        a = F.softmax(self.W(h), dim=1)
        return self.output((h * a).sum(dim=1))


torch.manual_seed(0)
model = AttnGRU()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x, y = torch.randn(8, 6, 5), torch.randint(0, 2, (8,))
    loss = F.cross_entropy(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()

background = torch.randn(10, 6, 5)
explainer = GradientExplainer(model, background)
shap_values = explainer.shap_values(torch.randn(3, 6, 5), nsamples=4, ranked_outputs=1)
print("mean |phi| per feature:", shap_values[0].abs().mean((0, 1)).tolist())
