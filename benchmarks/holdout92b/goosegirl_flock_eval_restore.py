# expect: clean
"""Goosegirl flock: count geese from call-rate sequences; fine-tune after a sanity eval."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class FlockNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


def sanity(model, x, y):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(x), y).item()
    model.train(was_training)
    return val


def finetune(model, x, y, steps=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    x, y = torch.randn(4, 6, 5), torch.randn(4)
    model = FlockNet()
    print("before", sanity(model, x, y))
    print("after", finetune(model, x, y))
