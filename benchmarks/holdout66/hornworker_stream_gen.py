# expect: crash
"""Hornworker vibration stream: a batch generator that also runs periodic validation between yields."""
import torch
import torch.nn as nn


class VibNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(3, 8, batch_first=True, proj_size=4)
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.fc(h[:, -1])


def stream(model, n_batches, val_every, val_batch, scores):
    model.train()
    for i in range(n_batches):
        if i and i % val_every == 0:
            model.eval()
            with torch.no_grad():
                xv, yv = val_batch
                scores.append((model(xv).argmax(1) == yv).float().mean().item())
        yield torch.randn(4, 6, 3), torch.randint(0, 2, (4,))


def main():
    torch.manual_seed(0)
    model = VibNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    scores = []
    val_batch = (torch.randn(6, 6, 3), torch.randint(0, 2, (6,)))
    for x, y in stream(model, 5, 2, val_batch, scores):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    print("val", scores)


if __name__ == "__main__":
    main()
