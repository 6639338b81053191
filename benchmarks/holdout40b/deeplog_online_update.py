# expect: crash
"""DeepLog-style log-key anomaly detection with an online update step.

An LSTM predicts the next log key from a window of previous keys; a key that
is not in the top-g predictions is flagged. Operators can mark a flagged
window as a false positive, and the model is then updated on it.
"""
import random

import torch
import torch.nn as nn

NUM_KEYS = 12
WINDOW = 5
TOP_G = 3


class DeepLog(nn.Module):
    def __init__(self, num_keys=NUM_KEYS, hidden=8, layers=2):
        super().__init__()
        self.embed = nn.Embedding(num_keys, 6)
        self.lstm = nn.LSTM(6, hidden, num_layers=layers, batch_first=True)
        self.out = nn.Linear(hidden, num_keys)

    def forward(self, keys):
        h, _ = self.lstm(self.embed(keys))
        return self.out(h[:, -1])


def make_windows(seq):
    xs, ys = [], []
    for i in range(len(seq) - WINDOW):
        xs.append(seq[i:i + WINDOW])
        ys.append(seq[i + WINDOW])
    return torch.tensor(xs), torch.tensor(ys)


def train(model, x, y, epochs=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    return opt


def detect(model, x, y):
    model.eval()
    logits = model(x)
    top = logits.topk(TOP_G, dim=-1).indices
    flagged = ~(top == y.unsqueeze(1)).any(dim=1)
    return logits, flagged


def online_update(model, opt, logits, y, flagged):
    # the logits of the flagged windows are reused, no second forward
    if flagged.sum() == 0:
        flagged[0] = True
    loss = nn.functional.cross_entropy(logits[flagged], y[flagged])
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    random.seed(0)
    torch.manual_seed(0)
    normal = [random.randrange(NUM_KEYS) for _ in range(40)]
    x, y = make_windows(normal)
    model = DeepLog()
    opt = train(model, x, y)
    fresh = [random.randrange(NUM_KEYS) for _ in range(20)]
    fx, fy = make_windows(fresh)
    logits, flagged = detect(model, fx, fy)
    print("flagged", int(flagged.sum()), "of", len(fy))
    print("update loss", online_update(model, opt, logits, fy, flagged))


if __name__ == "__main__":
    main()
