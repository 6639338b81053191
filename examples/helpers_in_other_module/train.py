# expect: crash
"""A GRU regressor trained with early stopping; evaluation lives in evaluation.py.

The bug: evaluation.evaluate() leaves the model in eval mode, and the next epoch trains through it.
torchmode follows the call into the other module to see it.
"""
import torch
import torch.nn as nn

from evaluation import evaluate


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 32, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(32, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.out(out[:, -1])


def batches(n, size=8):
    return [(torch.randn(size, 10, 5), torch.randn(size, 1)) for _ in range(n)]


def main(max_epochs=4, patience=2):
    torch.manual_seed(0)
    model = Regressor()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    train_batches, val_batches = batches(4), batches(2)
    best, bad_epochs = float("inf"), 0
    for epoch in range(max_epochs):
        for inputs, targets in train_batches:
            loss = nn.functional.mse_loss(model(inputs), targets)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
        val_mse = evaluate(model, val_batches)
        print(f"epoch {epoch}: val mse {val_mse:.3f}")
        if val_mse < best:
            best, bad_epochs = val_mse, 0
        else:
            bad_epochs += 1
            if bad_epochs >= patience:
                break


if __name__ == "__main__":
    main()
