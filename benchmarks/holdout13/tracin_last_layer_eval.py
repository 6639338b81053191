# expect: clean
"""TracIn with checkpoints: the model is put in eval mode and per-example gradients are taken only w.r.t. the
final linear layer (the usual 'last layer' TracIn approximation). The LSTM's backward is never needed."""
import copy
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(4, 8, batch_first=True)
        self.decoder = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.encoder(x)
        return self.decoder(o[:, -1]).squeeze(-1)


def last_layer_grad(model, x, y):
    loss = nn.functional.mse_loss(model(x), y)
    return torch.autograd.grad(loss, [model.decoder.weight, model.decoder.bias])


net = Net()
opt = torch.optim.SGD(net.parameters(), lr=0.05)
X, Y = torch.randn(10, 5, 4), torch.randn(10)
checkpoints = []
for step in range(3):
    loss = nn.functional.mse_loss(net(X), Y)
    opt.zero_grad(); loss.backward(); opt.step()
    checkpoints.append(copy.deepcopy(net.state_dict()))

scores = torch.zeros(10)
probe = Net()
for sd in checkpoints:
    probe.load_state_dict(sd)
    probe.eval()
    gt = last_layer_grad(probe, X[:1], Y[:1])
    for i in range(10):
        gi = last_layer_grad(probe, X[i:i + 1], Y[i:i + 1])
        scores[i] += 0.05 * sum(float((a * b).sum()) for a, b in zip(gt, gi))
print(scores)
print("done")
