# expect: crash
"""Geyser eruption-interval forecasting: which past eruptions influence a test forecast?

Influence by gradient dot products, computed in batches of training sequences with
torch.func.grad over a functional_call of the model."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class IntervalLSTM(nn.Module):
    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        seq, _ = self.lstm(x)
        return self.out(seq[:, -1]).squeeze(-1)


def loss_fn(params, buffers, model, x, y):
    pred = functional_call(model, (params, buffers), (x,))
    return ((pred - y) ** 2).mean()


def flat(g):
    return torch.cat([v.reshape(-1) for v in g.values()])


def batched_influence(model, train_x, train_y, test_x, test_y, batch=3):
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}
    test_g = flat(grad(loss_fn)(params, buffers, model, test_x, test_y))  # TM002-here
    scores = []
    for i in range(0, train_x.shape[0], batch):
        for j in range(i, min(i + batch, train_x.shape[0])):
            g = flat(grad(loss_fn)(params, buffers, model, train_x[j : j + 1], train_y[j : j + 1]))
            scores.append(torch.dot(g, test_g).item())
    return scores


def main():
    torch.manual_seed(4)
    model = IntervalLSTM()
    train_x, train_y = torch.randn(7, 6, 4), torch.rand(7) * 90
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(3):
        opt.zero_grad()
        loss = ((model(train_x) - train_y) ** 2).mean()
        loss.backward()
        opt.step()
    test_x, test_y = torch.randn(1, 6, 4), torch.tensor([70.0])
    scores = batched_influence(model, train_x, train_y, test_x, test_y)
    print("most helpful eruption:", max(range(len(scores)), key=scores.__getitem__))


if __name__ == "__main__":
    main()
