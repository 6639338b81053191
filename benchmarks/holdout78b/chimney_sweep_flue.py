# expect: clean
"""Chimney sweep: forecast flue soot build-up. The loop computes the training loss, then a
quick in-loop check of the held-out flue in eval mode, then goes back to train and only then
calls backward on the loss whose forward ran in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)


class SootNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 8, batch_first=True, bidirectional=True)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


def quick_check(model, x, y):
    model.eval()
    with torch.no_grad():
        err = F.mse_loss(model(x), y).item()
    return err


def main():
    model = SootNet()
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    held_x, held_y = torch.randn(3, 6, 2), torch.randn(3, 1)
    for step in range(4):
        model.train()
        x, y = torch.randn(4, 6, 2), torch.randn(4, 1)
        loss = F.mse_loss(model(x), y)
        held = quick_check(model, held_x, held_y) if step % 2 == 0 else float("nan")
        model.train()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, round(loss.item(), 4), held)


if __name__ == "__main__":
    main()
