# expect: clean
"""Logs the gradient norm computed with create_graph=True, but only the plain loss is ever differentiated again."""
import torch
import torch.nn as nn


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.fc = nn.Linear(8, 1)

    def forward(self, x):
        return self.fc(self.lstm(x)[0][:, -1]).squeeze(-1)


def grad_norm(loss, params):
    gs = torch.autograd.grad(loss, params, create_graph=True, retain_graph=True)
    return torch.sqrt(sum(g.pow(2).sum() for g in gs))


if __name__ == "__main__":
    torch.manual_seed(0)
    model = Model()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    x, y = torch.randn(4, 5, 3), torch.randn(4)
    history = []
    for step in range(3):
        model.train()
        loss = nn.functional.mse_loss(model(x), y)
        gn = grad_norm(loss, list(model.parameters()))
        history.append(gn.item())
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("grad norms", [round(h, 4) for h in history])
