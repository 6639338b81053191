# expect: crash
"""A helper in the same module receives the model and calls model.eval(); the caller keeps training."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 16, batch_first=True)
        self.cls = nn.Linear(16, 2)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


def evaluate(model, data):
    model.eval()
    correct = 0
    with torch.no_grad():
        for x, y in data:
            correct += (model(x).argmax(-1) == y).sum().item()
    return correct


def train(model, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    val_data = [(torch.randn(4, 6, 4), torch.randint(0, 2, (4,)))]
    for epoch in range(epochs):
        for _ in range(2):
            x, y = torch.randn(4, 6, 4), torch.randint(0, 2, (4,))
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        print("val correct", evaluate(model, val_data))


if __name__ == "__main__":
    torch.manual_seed(0)
    train(Encoder())
