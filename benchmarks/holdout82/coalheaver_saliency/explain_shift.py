# expect: clean
import torch

from coalheaver import SackCounter, SaliencyExplainer

torch.manual_seed(3)
model = SackCounter()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
x = torch.randn(5, 9, 2)
y = torch.rand(5) * 10
for _ in range(3):
    opt.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()

explainer = SaliencyExplainer(model)
rel = explainer.attribute(torch.randn(3, 9, 2))
print("relevance", rel.shape, float(rel.abs().sum()))
