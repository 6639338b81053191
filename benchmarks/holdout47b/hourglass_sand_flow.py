# expect: clean
"""Hourglass sand-flow regression. The validation helper forgets no_grad and returns loss
tensors with a graph attached, but only their values are ever used; the training step always
starts from train() and a fresh forward."""
import torch
import torch.nn as nn

torch.manual_seed(62)


class FlowNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(2, 8, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.out(o[:, -1])


def val_losses(model, n=2):
    model.eval()
    out = []
    for _ in range(n):
        x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
        out.append(nn.functional.mse_loss(model(x), y))
    return out


def train_step(model, opt):
    model.train()
    x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    model = FlowNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    history = []
    for epoch in range(3):
        tr = [train_step(model, opt) for _ in range(3)]
        vl = val_losses(model)
        history.append(torch.stack(vl).mean().item())
        print("epoch", epoch, "train", round(sum(tr) / 3, 4), "val", round(history[-1], 4))


if __name__ == "__main__":
    main()
