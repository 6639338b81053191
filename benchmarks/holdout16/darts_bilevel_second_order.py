# expect: crash
"""DARTS-style bilevel step for a recurrent cell search: mixed ops between an LSTM
and a GRU branch weighted by architecture alphas; second-order unrolled update."""
import torch
import torch.nn as nn


class MixedRNN(nn.Module):
    def __init__(self, d=3, h=6):
        super().__init__()
        self.ops = nn.ModuleList([nn.LSTM(d, h, batch_first=True), nn.GRU(d, h, batch_first=True)])
        self.alphas = nn.Parameter(torch.zeros(2))
        self.fc = nn.Linear(h, 2)

    def weights(self):
        return [p for n, p in self.named_parameters() if n != "alphas"]

    def forward(self, x):
        w = torch.softmax(self.alphas, 0)
        h = sum(wi * op(x)[0][:, -1] for wi, op in zip(w, self.ops))
        return self.fc(h)


torch.manual_seed(0)
model = MixedRNN()
w_opt = torch.optim.SGD(model.weights(), lr=0.05)
a_opt = torch.optim.Adam([model.alphas], lr=3e-3)
xi = 0.05
for step in range(2):
    xt, yt = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    xv, yv = torch.randn(4, 5, 3), torch.randint(0, 2, (4,))
    train_loss = nn.functional.cross_entropy(model(xt), yt)
    gw = torch.autograd.grad(train_loss, model.weights(), create_graph=True)
    val_logits = model(xv)
    unrolled = nn.functional.cross_entropy(val_logits, yv) + sum((g * g).sum() for g in gw) * xi
    a_opt.zero_grad()
    unrolled.backward()  # TM003-here
    a_opt.step()
    w_opt.zero_grad()
    nn.functional.cross_entropy(model(xt), yt).backward()
    w_opt.step()
print("alphas", torch.softmax(model.alphas, 0).tolist())
