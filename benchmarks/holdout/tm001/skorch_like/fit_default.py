# expect: clean
# category: framework
import torch

from modules import GRUClassifier
from netlib import NeuralNet

torch.manual_seed(0)
X = torch.randn(40, 5, 4)
y = (X.sum((1, 2)) > 0).long()
net = NeuralNet(GRUClassifier, max_epochs=2, hidden=12)
net.fit(X, y)
print("acc", (net.predict(X) == y).float().mean().item())
net.partial_fit(X, y, epochs=1)
print(net.history[-1])
