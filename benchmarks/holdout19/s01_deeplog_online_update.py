# expect: crash
"""DeepLog-style log-key anomaly detector with online updates on false positives."""
import logging
import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("deeplog")

NUM_KEYS, WINDOW, HIDDEN, TOPK = 12, 5, 8, 3


class DeepLog(nn.Module):
    def __init__(self, num_keys, hidden):
        super().__init__()
        self.embed = nn.Embedding(num_keys, 6)
        self.lstm = nn.LSTM(6, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, num_keys)

    def forward(self, keys):
        h, _ = self.lstm(self.embed(keys))
        return self.out(h[:, -1])


def windows(seq, w):
    xs = [seq[i:i + w] for i in range(len(seq) - w)]
    ys = [seq[i + w] for i in range(len(seq) - w)]
    return torch.tensor(xs), torch.tensor(ys)


def train(model, opt, seq, epochs=2):
    model.train()
    x, y = windows(seq, WINDOW)
    for ep in range(epochs):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
        log.info("epoch %d loss %.3f", ep, loss.item())


def detect(model, seq):
    model.eval()
    x, y = windows(seq, WINDOW)
    logits = model(x)
    top = logits.topk(TOPK, dim=-1).indices
    flagged = ~(top == y[:, None]).any(-1)
    return x, y, flagged


def online_update(model, opt, x, y, flagged):
    # operator marked these anomalies as false positives -> learn them
    if flagged.sum() == 0:
        flagged[0] = True
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x[flagged]), y[flagged])
    loss.backward()  # TM001-here
    opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    normal = torch.randint(0, NUM_KEYS, (40,)).tolist()
    model = DeepLog(NUM_KEYS, HIDDEN)
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train(model, opt, normal)
    stream = torch.randint(0, NUM_KEYS, (20,)).tolist()
    x, y, flagged = detect(model, stream)
    log.info("flagged %d / %d", int(flagged.sum()), len(y))
    log.info("online update loss %.3f", online_update(model, opt, x, y, flagged))


if __name__ == "__main__":
    main()
