# expect: clean
"""Legging time through canal tunnels (boat length, crew, water level sequence).

Training and evaluation are closures returned by factories; the evaluation
closure switches the model to eval and the training closure switches it back.
The evaluation runs between every pair of training steps.
"""
import torch
import torch.nn as nn

torch.manual_seed(11)


class LegNet(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(self.drop(h[-1])).squeeze(-1)


def make_train_step(model, lr=1e-2):
    opt = torch.optim.RMSprop(model.parameters(), lr=lr)

    def step(x, y):
        model.train()
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def make_evaluator(model, xs, ys):
    def evaluate():
        model.eval()
        with torch.no_grad():
            return nn.functional.l1_loss(model(xs), ys).item()

    return evaluate


def main():
    model = LegNet()
    vx, vy = torch.randn(4, 9, 3), torch.rand(4) * 30
    train_step = make_train_step(model)
    evaluate = make_evaluator(model, vx, vy)
    for it in range(4):
        x, y = torch.randn(6, 9, 3), torch.rand(6) * 30
        print(it, "val", round(evaluate(), 3), "train", round(train_step(x, y), 3))


if __name__ == "__main__":
    main()
