# expect: crash
"""girthmaker: strap-tension classifier fine-tuned after a validation pass."""
import torch
import torch.nn as nn


class StrapNet(nn.Module):
    def __init__(self, n_in=3, hidden=8, n_cls=2):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1])


def validate(model, x, y):
    model.eval()
    with torch.no_grad():
        return (model(x).argmax(-1) == y).float().mean().item()


def main():
    torch.manual_seed(0)
    model = StrapNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(4, 6, 3), torch.randint(0, 2, (4,))
    for epoch in range(2):
        acc = validate(model, x, y)
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(epoch, acc, loss.item())


if __name__ == "__main__":
    main()
