# expect: clean
import torch

from modules import RNNClassifier
from net import NeuralNet

torch.manual_seed(0)
pool_X = torch.randn(24, 6, 5)
pool_y = (pool_X[:, :, 0].mean(1) > 0).long()
labelled = list(range(8))

net = NeuralNet(RNNClassifier, criterion=torch.nn.CrossEntropyLoss, num_units=8)
net.fit(pool_X[labelled], pool_y[labelled])
for rnd in range(2):
    # uncertainty sampling over the unlabelled pool, then one more partial_fit round
    proba = net.predict_proba(pool_X)
    margin = (proba[:, 0] - proba[:, 1]).abs()
    margin[labelled] = float("inf")
    labelled += margin.argsort()[:4].tolist()
    net.partial_fit(pool_X[labelled], pool_y[labelled], epochs=1)
    acc = (net.predict(pool_X) == pool_y).float().mean().item()
    print(f"round {rnd}: {len(labelled)} labels, acc {acc:.2f}, loss {net.history[-1]['train_loss']:.3f}")
