# expect: clean
"""Chair caners: weave-tension regression; validation in eval, refresh step after restoring the mode."""
import torch
import torch.nn as nn


class WeaveLSTM(nn.Module):
    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)


def evaluate(model, batches):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        errs = [nn.functional.l1_loss(model(x), y).item() for x, y in batches]
    model.train(was_training)
    return sum(errs) / len(errs)


def main():
    torch.manual_seed(1)
    model = WeaveLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    batches = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
    model.train()
    for epoch in range(2):
        for x, y in batches:
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        mae = evaluate(model, batches)
        x, y = batches[0]
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {epoch} mae {mae:.3f}")


if __name__ == "__main__":
    main()
