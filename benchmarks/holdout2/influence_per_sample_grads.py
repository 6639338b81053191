# expect: crash
# category: wrappers
"""Gradient-similarity influence over all parameters (torch-influence style) for a trained LSTM model."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(62)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.fc = nn.Linear(10, 2)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1])


class GradientSimilarity:
    def __init__(self, model, loss_fn):
        self.model = model
        self.loss_fn = loss_fn
        self.params = [p for p in model.parameters() if p.requires_grad]
        model.eval()

    def flat_grad(self, x, y):
        loss = self.loss_fn(self.model(x.unsqueeze(0)), y.unsqueeze(0))
        grads = torch.autograd.grad(loss, self.params)  # TM001-here
        return torch.cat([g.reshape(-1) for g in grads])

    def scores(self, train_set, test_point):
        g_test = self.flat_grad(*test_point)
        return torch.stack([F.cosine_similarity(self.flat_grad(x, y), g_test, dim=0) for x, y in train_set])


model = Model()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
xs, ys = torch.randn(10, 6, 4), torch.randint(0, 2, (10,))
for _ in range(4):
    loss = F.cross_entropy(model(xs), ys)
    opt.zero_grad()
    loss.backward()
    opt.step()

sim = GradientSimilarity(model, F.cross_entropy)
s = sim.scores(list(zip(xs, ys)), (torch.randn(6, 4), torch.tensor(0)))
print("most helpful training examples:", s.argsort(descending=True)[:3].tolist())
