# expect: clean
# category: near_miss
"""Train an ECG rhythm classifier, then compute saliency maps with an explainer that keeps the GRU
in training mode."""
import torch

from ecg_model import ECGNet
from interpret.explainer import GradientExplainer

torch.manual_seed(23)
net = ECGNet()
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
for _ in range(3):
    x, y = torch.randn(8, 40), torch.randint(0, 4, (8,))
    loss = torch.nn.functional.cross_entropy(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

explainer = GradientExplainer(net)
beats = torch.randn(4, 40)
with torch.no_grad():
    net.eval()
    predicted = net(beats).argmax(1)
maps = explainer.explain(beats, predicted)
print("peak saliency index per beat", maps.argmax(1).tolist())
