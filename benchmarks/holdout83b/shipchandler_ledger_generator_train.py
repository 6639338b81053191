# expect: clean
"""Ship-chandler ledger: an LSTM predicts next week's rope order; the batch generator peeks at validation every few yields."""
import torch
import torch.nn as nn

torch.manual_seed(10)


class OrderLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def ledger_batches(model, n, peek_every=2):
    val_x = torch.randn(4, 5, 3)
    for i in range(n):
        x = torch.randn(4, 5, 3)
        yield x, x[:, :, 2].sum(1)
        if (i + 1) % peek_every == 0:
            model.eval()
            with torch.no_grad():
                print(f"  peek after {i + 1}: {model(val_x).mean().item():.3f}")
            model.train()


def train(model, n=5):
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    model.train()
    for x, y in ledger_batches(model, n):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


if __name__ == "__main__":
    print("final", train(OrderLSTM()))
