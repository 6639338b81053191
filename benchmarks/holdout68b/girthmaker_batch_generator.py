# expect: crash
"""girthmaker: cinch-slip detector; a generator owns the data stream and evaluates every few batches."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SlipNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        o, _ = self.lstm(x)
        return self.fc(o.mean(1))


def stream(model, n_batches, eval_every=2):
    """Yields training batches; runs a quick held-out check between them."""
    held_x, held_y = torch.randn(4, 5, 2), torch.randint(0, 2, (4,))
    for i in range(n_batches):
        if i and i % eval_every == 0:
            model.eval()
            with torch.no_grad():
                acc = (model(held_x).argmax(-1) == held_y).float().mean().item()
            print("held-out acc", acc)
        yield torch.randn(4, 5, 2), torch.randint(0, 2, (4,))


def main():
    torch.manual_seed(12)
    model = SlipNet()
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in stream(model, 4):
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    main()
